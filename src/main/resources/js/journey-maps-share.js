/*
 * Journey Maps for Jira: "Copy link" (issue 16, point 5) for the map (header) and for the card the side panel shows
 * (its own address, …/map/{id}?card={cardId}, which opens the panel on it). The absolute address goes to the
 * clipboard (Clipboard API) with an AUI flag "Link copied"; where the browser refuses (no secure context, no
 * permission), a small dialog shows the address selected in a read-only field to copy by hand.
 */
(function (window, document) {
    'use strict';

    var JourneyMaps = window.JourneyMaps = window.JourneyMaps || {};

    JourneyMaps.share = (function () {
        var root = null;
        var returnTo = null;

        function el(id) {
            return document.getElementById(id);
        }

        function init(pageRoot) {
            root = pageRoot;
            var dialog = el('jm-copy-dialog');
            if (!dialog) {
                return;
            }
            var mapButton = el('jm-copy-map-link');
            if (mapButton) {
                mapButton.hidden = false;
                mapButton.addEventListener('click', function () {
                    copy(mapUrl(), mapButton);
                });
            }
            var cardButton = el('jm-copy-card-link');
            if (cardButton) {
                cardButton.hidden = false;
                cardButton.addEventListener('click', function () {
                    var card = root.querySelector('.jm-card-selected');
                    var match = /[?&]card=(\d+)/.exec(window.location.search);
                    var id = card ? card.getAttribute('data-card-id') : match && match[1];
                    if (id) {
                        copy(mapUrl() + '?card=' + Number(id), cardButton);
                    }
                });
            }
            el('jm-copy-close').addEventListener('click', closeDialog);
            dialog.addEventListener('keydown', function (event) {
                if (event.key === 'Escape') {
                    event.preventDefault();
                    event.stopPropagation();
                    closeDialog();
                }
            });
        }

        /** The map's absolute address: this page's origin (the address the user reached it at) and the map path. */
        function mapUrl() {
            return window.location.origin + JourneyMaps.page.mapUrl(root.getAttribute('data-map-id'));
        }

        function copy(url, button) {
            var clipboard = window.navigator.clipboard;
            if (clipboard && typeof clipboard.writeText === 'function' && window.isSecureContext) {
                clipboard.writeText(url).then(copied, function () {
                    showDialog(url, button);
                });
            } else {
                showDialog(url, button);
            }
        }

        function copied() {
            JourneyMaps.flags.success(el('jm-copy-dialog').getAttribute('data-msg-copied'));
        }

        /** The address selected in a read-only field next to the button, to copy with the keyboard or the menu. */
        function showDialog(url, button) {
            var dialog = el('jm-copy-dialog');
            var field = el('jm-copy-field');
            returnTo = button;
            field.value = url;
            dialog.hidden = false;
            var box = button.getBoundingClientRect();
            var left = Math.max(8, Math.min(box.right - dialog.offsetWidth, window.innerWidth - dialog.offsetWidth - 8));
            dialog.style.top = Math.round(box.bottom + 4) + 'px';
            dialog.style.left = Math.round(left) + 'px';
            field.focus();
            field.select();
        }

        function closeDialog() {
            el('jm-copy-dialog').hidden = true;
            if (returnTo && document.body.contains(returnTo)) {
                returnTo.focus();
            }
            returnTo = null;
        }

        return {init: init, copy: copy, mapUrl: function () { return mapUrl(); }};
    })();
})(window, document);
