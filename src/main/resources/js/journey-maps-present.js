/*
 * Journey Maps for Jira: presentation mode (issue 16, point 4). "Present" in the map header shows the board alone,
 * full screen where the browser allows it (the Fullscreen API), else over the whole window; read-only (no tools, no
 * "Add card", no side panel, no dragging); zoomed so the board fits the screen; one stage at a time highlighted and
 * scrolled into view, with Left/Right (previous/next stage), Home/End (first/last) and Esc (leave). The stage shown is
 * announced in a live region. Nothing is written: presentation mode never calls the REST API.
 */
(function (window, document) {
    'use strict';

    var JourneyMaps = window.JourneyMaps = window.JourneyMaps || {};

    JourneyMaps.present = (function () {
        var PRESENTING = 'jm-presenting';
        var CURRENT = 'jm-present-current';
        var AWAY = 'jm-present-away';
        var root = null;
        var index = 0;
        var opener = null;
        var listening = false;

        function el(id) {
            return document.getElementById(id);
        }

        function presenting() {
            return document.body.classList.contains(PRESENTING);
        }

        function stages() {
            return root ? Array.prototype.slice.call(root.querySelectorAll('.jm-board .jm-stage')) : [];
        }

        /** Started again after the board is swapped in (a write elsewhere): the mode, if on, carries on at the same stage. */
        function init(pageRoot) {
            root = pageRoot;
            var button = el('jm-present-open');
            if (!button || !root.querySelector('.jm-board')) {
                return;
            }
            button.hidden = false;
            button.addEventListener('click', function () {
                enter(button);
            });
            el('jm-present-prev').addEventListener('click', function () { go(index - 1); });
            el('jm-present-next').addEventListener('click', function () { go(index + 1); });
            el('jm-present-exit').addEventListener('click', leave);
            if (!listening) {
                listening = true;
                // Capture phase: while presenting, these keys and clicks are the presentation's, not the board's.
                document.addEventListener('keydown', onKey, true);
                ['click', 'dblclick', 'dragstart', 'submit'].forEach(function (type) {
                    document.addEventListener(type, readOnly, true);
                });
                document.addEventListener('fullscreenchange', function () {
                    if (!document.fullscreenElement && presenting()) {
                        leave();
                    }
                });
                window.addEventListener('resize', function () {
                    if (presenting()) {
                        fit();
                    }
                });
            }
            if (presenting()) {
                el('jm-present-bar').hidden = false;
                hideAround(root.querySelector('.jm-board'));
                fit();
                go(index);
            }
        }

        /**
         * Everything but the board, its ancestors and the bar is hidden and inert while presenting: out of sight, out of
         * the Tab order and out of the accessibility tree (the page keeps its main landmark, the bar has the heading).
         */
        function hideAround(board) {
            showAll();
            var bar = el('jm-present-bar');
            for (var node = board; node && node !== document.body; node = node.parentElement) {
                Array.prototype.forEach.call(node.parentElement ? node.parentElement.children : [], away(node, bar));
            }
        }

        function away(keep, bar) {
            return function (sibling) {
                if (sibling === keep || sibling === bar || /^(SCRIPT|STYLE|LINK)$/.test(sibling.tagName)) {
                    return;
                }
                sibling.classList.add(AWAY);
                if (!sibling.inert) {
                    sibling.inert = true;
                    sibling.setAttribute('data-jm-present-inert', '');
                }
            };
        }

        function showAll() {
            Array.prototype.forEach.call(document.querySelectorAll('.' + AWAY), function (node) {
                node.classList.remove(AWAY);
                if (node.hasAttribute('data-jm-present-inert')) {
                    node.inert = false;
                    node.removeAttribute('data-jm-present-inert');
                }
            });
        }

        function enter(from) {
            if (presenting() || !stages().length) {
                return;
            }
            opener = from || null;
            if (JourneyMaps.panel && el('jm-panel') && !el('jm-panel').hidden) {
                JourneyMaps.panel.close();
            }
            document.body.classList.add(PRESENTING);
            el('jm-present-bar').hidden = false;
            hideAround(root.querySelector('.jm-board'));
            var whole = document.documentElement;
            if (whole.requestFullscreen && document.fullscreenEnabled) {
                // Refused (no user gesture, a frame without allowfullscreen): the full-window view stays, which is enough.
                whole.requestFullscreen().catch(function () { return null; }).then(fit);
            }
            fit();
            go(0);
        }

        function leave() {
            if (!presenting()) {
                return;
            }
            document.body.classList.remove(PRESENTING);
            el('jm-present-bar').hidden = true;
            showAll();
            var board = root.querySelector('.jm-board');
            board.style.removeProperty('zoom');
            board.style.removeProperty('top');
            stages().forEach(function (stage) {
                stage.removeAttribute('tabindex');
            });
            Array.prototype.forEach.call(root.querySelectorAll('.' + CURRENT), function (node) {
                node.classList.remove(CURRENT);
            });
            if (document.fullscreenElement && document.exitFullscreen) {
                document.exitFullscreen().catch(function () { return null; });
            }
            var back = opener && document.body.contains(opener) ? opener : el('jm-present-open');
            if (back) {
                back.focus();
            }
        }

        /**
         * Zoom so the whole board fits the window under the bar (not below 40 %: then it scrolls to the stage shown).
         * Measured at zoom 1 from the last stage header and the last row; the board's own offsets are divided by the
         * zoom, because CSS zoom scales them too.
         */
        function fit() {
            var board = root && root.querySelector('.jm-board');
            if (!board || !presenting()) {
                return;
            }
            var bar = el('jm-present-bar');
            var top = bar ? bar.offsetHeight + 1 : 0;
            board.style.zoom = '1';
            board.style.top = top + 'px';
            var all = stages();
            var last = all[all.length - 1];
            var width = last ? last.offsetLeft + last.offsetWidth : board.scrollWidth;
            var rows = board.querySelectorAll('.jm-row');
            var height = 0;
            Array.prototype.forEach.call(rows.length ? rows[rows.length - 1].children : [], function (cell) {
                height = Math.max(height, cell.offsetTop + cell.offsetHeight);
            });
            var scale = Math.min((window.innerWidth - 16) / Math.max(width, 1), (window.innerHeight - top - 16) / Math.max(height || board.scrollHeight, 1), 1.5);
            var zoom = Math.max(0.4, Math.floor(scale * 100) / 100);
            board.style.zoom = String(zoom);
            board.style.top = (top / zoom) + 'px';
        }

        function go(to) {
            var all = stages();
            if (!all.length) {
                return;
            }
            index = Math.max(0, Math.min(all.length - 1, to));
            var stage = all[index];
            var stageId = stage.getAttribute('data-stage-id');
            Array.prototype.forEach.call(root.querySelectorAll('.jm-board [data-stage-id]'), function (node) {
                node.classList.toggle(CURRENT, node.getAttribute('data-stage-id') === stageId);
            });
            all.forEach(function (node) {
                node.tabIndex = -1;
            });
            document.body.setAttribute('data-jm-present-stage', String(index + 1));
            stage.scrollIntoView({block: 'nearest', inline: 'center'});
            stage.focus({preventScroll: true});
            var name = stage.querySelector('.jm-stage-name');
            var words = [index + 1, all.length, name ? name.textContent.trim() : ''];
            el('jm-present-stage').textContent = (el('jm-present-bar').getAttribute('data-msg-stage') || '{0}/{1}: {2}')
                .replace(/\{(\d)\}/g, function (match, i) { return String(words[Number(i)]); });
            el('jm-present-prev').disabled = index === 0;
            el('jm-present-next').disabled = index === all.length - 1;
        }

        function onKey(event) {
            if (!presenting() || event.altKey || event.ctrlKey || event.metaKey) {
                return;
            }
            var moves = {ArrowLeft: index - 1, ArrowRight: index + 1, Home: 0, End: stages().length - 1, PageUp: index - 1, PageDown: index + 1};
            if (event.key === 'Escape') {
                event.preventDefault();
                event.stopPropagation();
                leave();
            } else if (Object.prototype.hasOwnProperty.call(moves, event.key)) {
                event.preventDefault();
                event.stopPropagation();
                go(moves[event.key]);
            }
        }

        /** While presenting, cards do not open the side panel, nothing is dragged and no form is sent. */
        function readOnly(event) {
            if (!presenting() || event.target.closest && event.target.closest('#jm-present-bar')) {
                return;
            }
            var link = event.target.closest && event.target.closest('a[href]');
            if (event.type === 'click' && link && !link.closest('.jm-tools')) {
                return;
            }
            event.preventDefault();
            event.stopPropagation();
        }

        return {init: init, enter: enter, leave: leave, go: go, presenting: presenting};
    })();
})(window, document);
