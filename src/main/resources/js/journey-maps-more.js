/*
 * Journey Maps for Jira: the rest of a long cell (issue 14). A cell draws its first cards (CellView.SHOWN) and a
 * "Show n more cards" button holding the other cards' ids; the button fetches them as the server draws them (the map
 * page's fragment, GET <map page>/cards?ids=…, the board's own card template, as journey-maps-live.js does) and puts
 * each at its index in the cell. A card the page must show (the side panel's card from a link) is revealed the same
 * way. Cards that have left the cell meanwhile are not added (the live board moves them where they went).
 */
(function (window, document) {
    'use strict';

    var JourneyMaps = window.JourneyMaps = window.JourneyMaps || {};

    JourneyMaps.more = (function () {
        var CHUNK = 200; // BoardFragments.MAX_IDS: ids per fragment request

        function idsOf(button) {
            return (button.getAttribute('data-card-ids') || '').split(' ').filter(Boolean).map(Number);
        }

        function fragment(root, ids) {
            return JourneyMaps.page.cards(root.getAttribute('data-map-id'), ids).then(function (found) {
                if (!found) {
                    throw new Error('no fragment');
                }
                return found;
            });
        }

        /** Fetches the button's cards and puts them in its cell; resolves with the first card added (or null). */
        function expand(root, button) {
            if (button.__jmExpanding) {
                return button.__jmExpanding;
            }
            var cell = button.closest('.jm-cell');
            var list = cell.querySelector('.jm-cards');
            var ids = idsOf(button);
            var requests = [];
            for (var i = 0; i < ids.length; i += CHUNK) {
                requests.push(fragment(root, ids.slice(i, i + CHUNK)));
            }
            var hadFocus = document.activeElement === button; // disabling the button below takes the focus away
            button.disabled = true;
            list.setAttribute('aria-busy', 'true');
            var old = cell.querySelector('.jm-more-error');
            if (old) {
                old.parentNode.removeChild(old);
            }
            button.__jmExpanding = Promise.all(requests).then(function (fragments) {
                var placed = [];
                fragments.forEach(function (found) {
                    placed = placed.concat(Array.prototype.slice.call(found.querySelectorAll('.jm-fragment-card')));
                });
                var first = null;
                placed.filter(function (ul) {
                    return ul.getAttribute('data-lane-id') === cell.getAttribute('data-lane-id')
                        && ul.getAttribute('data-stage-id') === cell.getAttribute('data-stage-id')
                        && !root.querySelector('.jm-card[data-card-id="' + Number(ul.getAttribute('data-card-id')) + '"]');
                }).sort(function (a, b) {
                    return Number(a.getAttribute('data-index')) - Number(b.getAttribute('data-index'));
                }).forEach(function (ul) {
                    var card = document.importNode(ul.querySelector('.jm-card'), true);
                    list.insertBefore(card, list.children[Number(ul.getAttribute('data-index'))] || null);
                    first = first || card;
                });
                list.removeAttribute('aria-busy');
                cell.setAttribute('data-jm-expanded', 'true');
                var next = first || list.lastElementChild || cell.querySelector('.jm-add-card');
                if (JourneyMaps.keys && next) {
                    JourneyMaps.keys.replaced(button, next);
                }
                button.parentNode.removeChild(button);
                if (hadFocus && next && JourneyMaps.keys) {
                    JourneyMaps.keys.focus(next);
                }
                return first;
            }, function () {
                button.__jmExpanding = null;
                button.disabled = false;
                if (hadFocus) {
                    button.focus();
                }
                list.removeAttribute('aria-busy');
                var message = document.createElement('p');
                message.className = 'jm-more-error';
                message.setAttribute('role', 'alert');
                message.textContent = JourneyMaps.page.message('cards-failed');
                button.parentNode.insertBefore(message, button.nextSibling);
                return null;
            });
            return button.__jmExpanding;
        }

        /** The card's element, fetched into its cell first when it waits behind a "Show more" button (else null). */
        function reveal(root, cardId) {
            var card = root.querySelector('.jm-card[data-card-id="' + Number(cardId) + '"]');
            if (card) {
                return Promise.resolve(card);
            }
            var button = root.querySelector('.jm-show-more[data-card-ids~="' + Number(cardId) + '"]');
            if (!button) {
                return Promise.resolve(null);
            }
            return expand(root, button).then(function () {
                return root.querySelector('.jm-card[data-card-id="' + Number(cardId) + '"]');
            });
        }

        /** The cells whose rest was fetched ("laneId:stageId"), for a board swapped in after a write to open again. */
        function expanded(root) {
            return Array.prototype.map.call(root.querySelectorAll('.jm-cell[data-jm-expanded]'), function (cell) {
                return cell.getAttribute('data-lane-id') + ':' + cell.getAttribute('data-stage-id');
            });
        }

        /** Starts the buttons; {@code after.expanded} (from {@link #expanded}) opens those cells again. */
        function init(root, after) {
            ((after && after.expanded) || []).forEach(function (key) {
                var parts = String(key).split(':');
                var button = root.querySelector('.jm-cell[data-lane-id="' + Number(parts[0]) + '"][data-stage-id="'
                    + Number(parts[1]) + '"] .jm-show-more');
                if (button) {
                    expand(root, button);
                }
            });
            if (root.__jmMore) {
                return;
            }
            root.__jmMore = true;
            root.addEventListener('click', function (event) {
                var button = event.target.closest && event.target.closest('.jm-show-more');
                if (button && root.contains(button)) {
                    expand(root, button);
                }
            });
        }

        return {init: init, reveal: reveal, expanded: expanded};
    })();
})(window, document);
