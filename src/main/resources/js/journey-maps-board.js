/*
 * Journey Maps for Jira: editing the grid of the map view. Stages and lanes (add, rename in place, reorder,
 * delete a stage after saying how many cards go with it, hide and show lanes), the map's persona, the
 * future-state copy, and moving cards by drag and drop. Every write goes through the REST API quoting the
 * map version; a card move is applied to the board in place (and may be undone from its flag), other writes
 * swap in the re-rendered board (JourneyMaps.after). User text is only ever set with textContent/value.
 */
(function (window, document) {
    'use strict';

    var JourneyMaps = window.JourneyMaps = window.JourneyMaps || {};

    JourneyMaps.board = (function () {
        var page, api, notify, after;
        var root, mapId;
        var dragged = null;

        function version() {
            return Number(root.getAttribute('data-map-version'));
        }

        function mapPath(rest) {
            return '/maps/' + encodeURIComponent(mapId) + (rest || '');
        }

        function fail(failure) {
            var action = failure.status === 409
                ? {label: page.message('reload'), run: function () { window.location.reload(); }} : null;
            notify.error(document.getElementById('jm-messages'), notify.linesOf(failure), action);
        }

        /** Runs a write, then reloads the page (keeping focus where {@code state} says). */
        function write(request, state) {
            return request.then(function () {
                after.reload(state);
            }, fail);
        }

        function init(pageRoot, afterState) {
            page = JourneyMaps.page;
            api = JourneyMaps.api;
            notify = JourneyMaps.notify;
            after = JourneyMaps.after;
            root = pageRoot;
            mapId = root.getAttribute('data-map-id');
            reveal('.jm-tools, #jm-add-stage-form, #jm-add-lane-form, .jm-show-lane, #jm-persona-form');
            disableEnds();
            if (JourneyMaps.hiddenLanes) {
                JourneyMaps.hiddenLanes.apply(root);
            }
            initScope();
            initToolbar();
            initHeaders();
            initPersona();
            initDragAndDrop();
            restoreFocus(afterState || {});
        }

        function reveal(selector) {
            Array.prototype.forEach.call(root.querySelectorAll(selector), function (el) {
                el.hidden = false;
            });
        }

        /** "Move left" on the first stage, "Move right" on the last (and up/down on the end lanes) do nothing: say so. */
        function disableEnds() {
            var stages = siblings('.jm-stage');
            var lanes = siblings('.jm-lane');
            [[stages[0], 'stage-left'], [stages[stages.length - 1], 'stage-right'],
                [lanes[0], 'lane-up'], [lanes[lanes.length - 1], 'lane-down']].forEach(function (end) {
                var tool = end[0] && end[0].querySelector('[data-jm-action="' + end[1] + '"]');
                if (tool) {
                    tool.disabled = true;
                    tool.setAttribute('aria-disabled', 'true');
                }
            });
        }

        /** The scope card folds away (remembered in this browser), so the board gets the screen. */
        function initScope() {
            var scope = root.querySelector('.jm-scope');
            var heading = scope && scope.querySelector('.jm-scope-heading');
            if (!heading || heading.querySelector('button')) {
                return;
            }
            var KEY = 'journeymaps.scopeOpen';
            var button = document.createElement('button');
            button.type = 'button';
            button.className = 'jm-scope-toggle';
            button.setAttribute('aria-controls', 'jm-scope-body');
            while (heading.firstChild) {
                button.appendChild(heading.firstChild);
            }
            heading.appendChild(button);
            var body = scope.querySelector('.jm-scope-card');
            body.id = 'jm-scope-body';
            var open = false;
            try {
                open = window.localStorage.getItem(KEY) === 'true';
            } catch (ignored) {
                open = false;
            }

            function show(value) {
                open = value;
                button.setAttribute('aria-expanded', String(open));
                scope.classList.toggle('jm-scope-collapsed', !open);
            }

            show(open);
            button.addEventListener('click', function () {
                show(!open);
                try {
                    window.localStorage.setItem(KEY, String(open));
                } catch (ignored) {
                    // the choice lasts for this page only
                }
            });
        }

        function restoreFocus(state) {
            var target = null;
            if (state.panel) {
                target = null;
            } else if (state.focusAdd) {
                target = root.querySelector('.jm-cell[data-lane-id="' + Number(state.focusAdd.laneId) + '"][data-stage-id="'
                    + Number(state.focusAdd.stageId) + '"] .jm-add-card');
            } else if (state.focusCard) {
                target = root.querySelector('.jm-card[data-card-id="' + Number(state.focusCard) + '"]');
                if (!target && JourneyMaps.more) {
                    // A card added at the end of a long cell waits behind its "Show more" button: fetched, then focused.
                    JourneyMaps.more.reveal(root, state.focusCard).then(function (card) {
                        if (card && JourneyMaps.keys) {
                            JourneyMaps.keys.focus(card);
                        }
                    });
                }
            } else if (state.focusStage) {
                target = root.querySelector('.jm-stage[data-stage-id="' + Number(state.focusStage) + '"] [data-jm-action="' + state.action + '"]');
            } else if (state.focusLane) {
                target = root.querySelector('.jm-lane[data-lane-id="' + Number(state.focusLane) + '"] [data-jm-action="' + state.action + '"]');
            } else if (state.focusId) {
                target = document.getElementById(state.focusId);
            }
            if (target && JourneyMaps.keys && target.closest('.jm-board')) {
                JourneyMaps.keys.focus(target);
            } else if (target) {
                target.focus();
            }
            if (state.flag && JourneyMaps.undo) {
                JourneyMaps.undo.tell(state.flag);
            }
        }

        // --- toolbar: add a stage, add a lane, show hidden lanes ---------------------------------------
        function initToolbar() {
            var stageForm = document.getElementById('jm-add-stage-form');
            if (stageForm) {
                stageForm.addEventListener('submit', function (event) {
                    event.preventDefault();
                    write(api.post(mapPath('/stages'), {version: version(), name: stageForm.elements.name.value}),
                        {focusId: 'jm-new-stage-name'});
                });
            }
            var laneForm = document.getElementById('jm-add-lane-form');
            if (laneForm) {
                laneForm.addEventListener('submit', function (event) {
                    event.preventDefault();
                    write(api.post(mapPath('/lanes'), {version: version(), kind: laneForm.elements.kind.value, title: laneForm.elements.title.value}),
                        {focusId: 'jm-new-lane-title'});
                });
            }
            Array.prototype.forEach.call(root.querySelectorAll('.jm-show-lane'), function (button) {
                button.addEventListener('click', function () {
                    var laneId = Number(button.getAttribute('data-lane-id'));
                    write(api.put(mapPath('/lanes/' + laneId), {version: version(), hidden: false}), {focusLane: laneId, action: 'hide-lane'});
                });
            });
        }

        // --- stage and lane headers: rename in place, reorder, delete, hide -----------------------------
        function initHeaders() {
            root.addEventListener('click', function (event) {
                var button = event.target.closest('[data-jm-action]');
                if (!button || !root.contains(button)) {
                    return;
                }
                var action = button.getAttribute('data-jm-action');
                var stage = button.closest('.jm-stage');
                var lane = button.closest('.jm-lane');
                if (stage) {
                    stageAction(action, stage, button);
                } else if (lane) {
                    laneAction(action, lane);
                }
            });
        }

        function siblings(selector) {
            return Array.prototype.slice.call(root.querySelectorAll(selector));
        }

        function stageAction(action, stage, button) {
            var stageId = Number(stage.getAttribute('data-stage-id'));
            var index = siblings('.jm-stage').indexOf(stage);
            var name = stage.querySelector('.jm-stage-name');
            if (action === 'rename-stage') {
                renameInPlace(name, 120, function (value) {
                    return api.put(mapPath('/stages/' + stageId), {version: version(), name: value});
                }, {focusStage: stageId, action: action});
            } else if (action === 'stage-left' || action === 'stage-right') {
                var to = action === 'stage-left' ? index - 1 : index + 1;
                if (to >= 0 && to < siblings('.jm-stage').length) {
                    write(api.post(mapPath('/stages/' + stageId + '/move'), {version: version(), index: to}), {focusStage: stageId, action: action});
                }
            } else if (action === 'delete-stage') {
                var count = Number(stage.getAttribute('data-card-count'));
                JourneyMaps.confirm.ask({
                    title: page.format('confirm-stage-empty', name.textContent),
                    intro: count > 0 ? page.format('confirm-stage', name.textContent, count) : '',
                    note: page.message('confirm-undo'),
                    confirm: page.message('delete')
                }, button).then(function (yes) {
                    if (yes) {
                        var quoted = version();
                        write(api.del(mapPath('/stages/' + stageId + '?version=' + quoted)).then(function (result) {
                            JourneyMaps.undo.offer(page.message('stage-deleted'), result.body && result.body.version ? result.body.version : quoted + 1);
                        }), {focusId: 'jm-new-stage-name'});
                    }
                });
            }
        }

        function laneAction(action, lane) {
            var laneId = Number(lane.getAttribute('data-lane-id'));
            var index = siblings('.jm-lane').indexOf(lane);
            if (action === 'rename-lane') {
                renameInPlace(lane.querySelector('.jm-lane-title'), 120, function (value) {
                    return api.put(mapPath('/lanes/' + laneId), {version: version(), title: value});
                }, {focusLane: laneId, action: action});
            } else if (action === 'lane-up' || action === 'lane-down') {
                // Positions count hidden lanes too: move relative to the visible neighbour's stored order.
                var lanes = siblings('.jm-lane');
                var neighbour = lanes[action === 'lane-up' ? index - 1 : index + 1];
                if (neighbour) {
                    api.get(mapPath()).then(function (result) {
                        var order = result.body.lanes.map(function (l) { return l.id; });
                        var to = order.indexOf(Number(neighbour.getAttribute('data-lane-id')));
                        write(api.post(mapPath('/lanes/' + laneId + '/move'), {version: version(), index: to}), {focusLane: laneId, action: action});
                    }, fail);
                }
            } else if (action === 'hide-lane') {
                // Hidden for this user only, in this browser: a lane one person does not need stays for the others.
                JourneyMaps.hiddenLanes.hide(mapId, laneId);
                JourneyMaps.hiddenLanes.apply(root);
                var menu = document.getElementById('jm-my-hidden-lanes');
                if (menu) {
                    menu.querySelector('summary').focus();
                }
            }
        }

        /** Swaps a name for an input; Enter saves, Escape or leaving the field without a change restores. */
        function renameInPlace(element, maxLength, save, state) {
            var original = element.textContent;
            var input = document.createElement('input');
            input.type = 'text';
            input.className = 'text jm-rename-input';
            input.maxLength = maxLength;
            input.value = original;
            input.setAttribute('aria-label', original);
            element.hidden = true;
            element.parentNode.insertBefore(input, element.nextSibling);
            input.focus();
            input.select();
            var done = false;

            function restore() {
                if (!done) {
                    done = true;
                    input.parentNode.removeChild(input);
                    element.hidden = false;
                }
            }

            input.addEventListener('keydown', function (event) {
                if (event.key === 'Escape') {
                    restore();
                    event.stopPropagation();
                } else if (event.key === 'Enter') {
                    event.preventDefault();
                    if (input.value.trim() === original.trim()) {
                        restore();
                        return;
                    }
                    done = true;
                    input.disabled = true;
                    write(save(input.value), state).then(function () {
                        input.disabled = false;
                        done = false;
                    });
                }
            });
            input.addEventListener('blur', function () {
                if (!input.disabled && input.value.trim() === original.trim()) {
                    restore();
                }
            });
        }

        // --- persona of the map (the future-state copy is journey-maps-header.js) -------------------------------------------
        function initPersona() {
            var form = document.getElementById('jm-persona-form');
            if (!form) {
                return;
            }
            form.addEventListener('submit', function (event) {
                event.preventDefault();
                var personaId = form.elements.personaId.value ? Number(form.elements.personaId.value) : null;
                write(api.get(mapPath()).then(function (result) {
                    var m = result.body;
                    return api.put(mapPath(), {
                        version: version(), title: m.title, type: m.type, persona: m.persona, journey: m.journey,
                        goal: m.goal, purpose: m.purpose, owner: m.owner, personaId: personaId
                    });
                }), {focusId: 'jm-persona-select'});
            });
        }

        // --- drag and drop: a card onto a cell, before the card under the pointer ------------------------
        function initDragAndDrop() {
            // Listeners on the board, not on each card and cell, so a large map starts as fast as a small one.
            var board = root.querySelector('.jm-board');
            if (!board) {
                return;
            }
            board.addEventListener('dragstart', function (event) {
                var card = event.target.closest && event.target.closest('.jm-card');
                if (!card) {
                    return;
                }
                dragged = card;
                card.classList.add('jm-dragging');
                if (event.dataTransfer) {
                    event.dataTransfer.effectAllowed = 'move';
                    event.dataTransfer.setData('text/plain', card.getAttribute('data-card-id'));
                }
            });
            board.addEventListener('dragend', function (event) {
                var card = event.target.closest && event.target.closest('.jm-card');
                if (card) {
                    card.classList.remove('jm-dragging');
                }
                clearDropMarks();
                dragged = null;
            });
            board.addEventListener('dragover', function (event) {
                var cell = dragged && event.target.closest && event.target.closest('.jm-lane .jm-cell');
                if (!cell) {
                    return;
                }
                event.preventDefault();
                if (event.dataTransfer) {
                    event.dataTransfer.dropEffect = 'move';
                }
                if (!cell.classList.contains('jm-drop-target')) {
                    clearDropMarks();
                    cell.classList.add('jm-drop-target');
                }
            });
            board.addEventListener('drop', function (event) {
                var cell = dragged && event.target.closest && event.target.closest('.jm-lane .jm-cell');
                if (!cell) {
                    return;
                }
                event.preventDefault();
                var cardId = Number(dragged.getAttribute('data-card-id'));
                var index = dropIndex(cell, event.clientY);
                clearDropMarks();
                moveCard(cardId, Number(cell.getAttribute('data-lane-id')), Number(cell.getAttribute('data-stage-id')), index);
            });
        }

        /** The index among the cell's other cards before which the pointer is. */
        function dropIndex(cell, y) {
            var others = Array.prototype.filter.call(cell.querySelectorAll('.jm-card'), function (c) {
                return c !== dragged;
            });
            for (var i = 0; i < others.length; i++) {
                var box = others[i].getBoundingClientRect();
                if (typeof y === 'number' && y < box.top + box.height / 2) {
                    return i;
                }
            }
            return others.length;
        }

        function clearDropMarks() {
            Array.prototype.forEach.call(root.querySelectorAll('.jm-drop-target'), function (el) {
                el.classList.remove('jm-drop-target');
            });
        }

        /**
         * Moves a card through the move endpoint. Within one kind of lane and one stage's roll-up (the card's
         * fields and the stage's linked work stay what they were) the answer is applied to the board in place;
         * otherwise the re-rendered board is swapped in. Either way a flag offers to undo the move.
         */
        function moveCard(cardId, laneId, stageId, index) {
            var card = root.querySelector('.jm-card[data-card-id="' + Number(cardId) + '"]');
            var from = card && card.closest('.jm-cell');
            var to = root.querySelector('.jm-cell[data-lane-id="' + Number(laneId) + '"][data-stage-id="' + Number(stageId) + '"]');
            var quoted = version();
            return api.post(mapPath('/cards/' + cardId + '/move'), {version: quoted, laneId: laneId, stageId: stageId, index: index})
                .then(function (result) {
                    var done = result.body.version;
                    var moved = result.body.card;
                    // A version more than one ahead means others changed the map meanwhile (their changes did not
                    // touch this card): the re-rendered board shows them too, and the next write quotes it.
                    if (done === quoted + 1 && card && from && to && inPlace(card, from, to)) {
                        root.setAttribute('data-map-version', String(done));
                        var list = to.querySelector('.jm-cards');
                        var others = Array.prototype.filter.call(list.children, function (c) { return c !== card; });
                        list.insertBefore(card, others[moved.position] || null);
                        countCards(from);
                        countCards(to);
                        JourneyMaps.keys.focus(card);
                        JourneyMaps.undo.offer(page.message('moved'), done);
                    } else {
                        JourneyMaps.undo.offer(page.message('moved'), done);
                        after.reload({focusCard: cardId});
                    }
                    return true;
                }, function (failure) {
                    fail(failure);
                    return false;
                });
        }

        function inPlace(card, from, to) {
            var sameKind = from.closest('.jm-lane').getAttribute('data-lane-kind') === to.closest('.jm-lane').getAttribute('data-lane-kind');
            var sameStage = from.getAttribute('data-stage-id') === to.getAttribute('data-stage-id');
            return sameKind && (sameStage || !card.hasAttribute('data-action-state'));
        }

        function countCards(cell) {
            var stage = root.querySelector('.jm-stage[data-stage-id="' + cell.getAttribute('data-stage-id') + '"]');
            if (stage) {
                stage.setAttribute('data-card-count', String(root.querySelectorAll('.jm-cell[data-stage-id="'
                    + cell.getAttribute('data-stage-id') + '"] .jm-card').length));
            }
        }

        return {init: init, moveCard: moveCard, write: write, fail: fail};
    })();
})(window, document);
