/*
 * Journey Maps for Jira: the board as one Tab stop. Inside it, arrow keys move between cards, "Add card" buttons
 * and the stage and lane tools (a roving tabindex, as in WAI-ARIA's grid pattern): Up and Down go through a cell
 * and on to the cell above or below, Left and Right to the neighbouring stage, Home and End to the row's first and
 * last cell. The skip link at the top of the page lands on the board's current item. Form fields opened inside
 * the board keep their own Tab order.
 */
(function (window, document) {
    'use strict';

    var JourneyMaps = window.JourneyMaps = window.JourneyMaps || {};

    JourneyMaps.keys = (function () {
        var ITEMS = '.jm-card, .jm-show-more, .jm-add-card, .jm-tool, .jm-stage-rollup a, .jm-card-work a';
        var board = null;
        var stop = null;

        function rows() {
            return Array.prototype.slice.call(board.querySelectorAll('.jm-head-row, .jm-lane:not(.jm-lane-hidden), .jm-rollup-row'));
        }

        function cellsOf(row) {
            return Array.prototype.slice.call(row.children);
        }

        /** The roving items of a cell: cards (not what is inside them) and buttons, as they are shown now. */
        function itemsOf(cell) {
            return Array.prototype.filter.call(cell.querySelectorAll(ITEMS), function (el) {
                var card = el.parentElement && el.parentElement.closest('.jm-card');
                return !(card && el !== card && cell.contains(card)) && !el.hidden && !el.closest('[hidden]') && !el.disabled;
            });
        }

        function all() {
            return Array.prototype.slice.call(board.querySelectorAll(ITEMS));
        }

        /**
         * Takes an item out of the Tab order. Cards come with tabindex="-1" from the server: the attribute is written
         * only where it is missing, so a board of thousands of cards starts without thousands of DOM writes.
         */
        function leaveTabOrder(el) {
            if (el.getAttribute('tabindex') !== '-1') {
                el.tabIndex = -1;
            }
        }

        /** Moves the board's one Tab stop to {@code item}: two attribute writes, whatever the size of the map. */
        function makeCurrent(item) {
            if (stop && stop !== item) {
                stop.tabIndex = -1;
            }
            item.tabIndex = 0;
            stop = item;
        }

        function current() {
            return stop && board.contains(stop) ? stop : null;
        }

        function place(item) {
            var cell = item.closest('.jm-row > *');
            var row = cell.parentElement;
            return {row: rows().indexOf(row), column: cellsOf(row).indexOf(cell), index: itemsOf(cell).indexOf(item)};
        }

        function cellAt(rowIndex, column) {
            var row = rows()[rowIndex];
            return row ? cellsOf(row)[column] : null;
        }

        /** The item {@code step} cells away (vertically or horizontally), skipping empty cells. */
        function across(at, dRow, dColumn, index) {
            var r = at.row + dRow;
            var c = at.column + dColumn;
            for (var cell = cellAt(r, c); cell; cell = cellAt(r, c)) {
                var items = itemsOf(cell);
                if (items.length) {
                    return items[index === 'last' ? items.length - 1 : Math.min(index, items.length - 1)];
                }
                r += dRow;
                c += dColumn;
            }
            return null;
        }

        function target(item, key) {
            var at = place(item);
            var cell = cellAt(at.row, at.column);
            var items = itemsOf(cell);
            switch (key) {
                case 'ArrowDown':
                    return items[at.index + 1] || across(at, 1, 0, 0);
                case 'ArrowUp':
                    return items[at.index - 1] || across(at, -1, 0, 'last');
                case 'ArrowRight':
                    return across(at, 0, 1, at.index);
                case 'ArrowLeft':
                    return across(at, 0, -1, at.index);
                case 'Home':
                    return across({row: at.row, column: -1}, 0, 1, 0);
                case 'End':
                    return across({row: at.row, column: cellsOf(rows()[at.row]).length}, 0, -1, 0);
                default:
                    return null;
            }
        }

        function init(root) {
            board = root.querySelector('.jm-board');
            if (!board) {
                return;
            }
            var items = all();
            items.forEach(leaveTabOrder);
            stop = null;
            var focused = document.activeElement;
            var first = focused && board.contains(focused) && items.indexOf(focused) >= 0 ? focused
                : board.querySelector('.jm-card') || items[0];
            if (first) {
                makeCurrent(first);
            }
            board.addEventListener('focusin', function (event) {
                var item = event.target.closest(ITEMS);
                if (item && item === event.target && board.contains(item)) {
                    makeCurrent(item);
                }
            });
            board.addEventListener('keydown', function (event) {
                var item = event.target;
                if (event.altKey || event.ctrlKey || event.metaKey || item !== stop) {
                    return;
                }
                var next = target(item, event.key);
                if (next) {
                    event.preventDefault();
                    makeCurrent(next);
                    next.focus();
                    if (next.scrollIntoView) {
                        next.scrollIntoView({block: 'nearest', inline: 'nearest'});
                    }
                }
            });
            // The skip link sits before the page header, outside the re-rendered board: bind it once.
            var skip = document.getElementById('jm-skip-to-board');
            if (skip && !skip.hasAttribute('data-jm-bound')) {
                skip.setAttribute('data-jm-bound', 'true');
                skip.addEventListener('click', function (event) {
                    var item = board && (current() || board.querySelector('.jm-card'));
                    if (item) {
                        event.preventDefault();
                        item.focus();
                    }
                });
            }
        }

        /** Makes {@code item} the board's Tab stop (after the board was re-rendered, say). */
        function focus(item) {
            if (board && item) {
                makeCurrent(item);
                item.focus();
            }
        }

        /**
         * {@code fresh} took the place of {@code old} (a card or roll-up cell the live board re-rendered): its items
         * leave the Tab order, and if the board's Tab stop or the focus was in {@code old} they move to {@code fresh}.
         */
        function replaced(old, fresh) {
            if (!board) {
                return;
            }
            var items = fresh.matches(ITEMS) ? [fresh] : [];
            items = items.concat(Array.prototype.slice.call(fresh.querySelectorAll(ITEMS)));
            items.forEach(function (el) {
                if (el !== stop) {
                    leaveTabOrder(el);
                }
            });
            if (old && stop && (stop === old || old.contains(stop)) && items.length) {
                makeCurrent(items[0]);
            }
        }

        return {init: init, focus: focus, replaced: replaced};
    })();
})(window, document);
