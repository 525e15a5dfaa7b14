/*
 * Journey Maps for Jira: editing the grid of the map view. Stages and lanes (add, rename in place, reorder,
 * delete a stage after saying how many cards go with it, hide and show lanes), the map's persona, the
 * future-state copy, and moving cards by drag and drop. Every write goes through the REST API quoting the
 * map version, then reloads the server-rendered page. User text is only ever set with textContent/value.
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

        function restoreFocus(state) {
            var target = null;
            if (state.panel) {
                target = null;
            } else if (state.focusCard) {
                target = root.querySelector('.jm-card[data-card-id="' + Number(state.focusCard) + '"]');
            } else if (state.focusStage) {
                target = root.querySelector('.jm-stage[data-stage-id="' + Number(state.focusStage) + '"] [data-jm-action="' + state.action + '"]');
            } else if (state.focusLane) {
                target = root.querySelector('.jm-lane[data-lane-id="' + Number(state.focusLane) + '"] [data-jm-action="' + state.action + '"]');
            } else if (state.focusId) {
                target = document.getElementById(state.focusId);
            }
            if (target) {
                target.focus();
            }
            if (state.notice) {
                var live = document.getElementById('jm-messages');
                var box = document.createElement('div');
                box.className = 'aui-message aui-message-success';
                box.textContent = state.notice;
                live.appendChild(box);
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
                var question = count > 0 ? page.format('confirm-stage', name.textContent, count) : page.format('confirm-stage-empty', name.textContent);
                if (window.confirm(question)) {
                    write(api.del(mapPath('/stages/' + stageId + '?version=' + version())), {focusId: 'jm-new-stage-name'});
                } else {
                    button.focus();
                }
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
                write(api.put(mapPath('/lanes/' + laneId), {version: version(), hidden: true}), {focusId: 'jm-hidden-lanes'});
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
            Array.prototype.forEach.call(root.querySelectorAll('.jm-card'), function (card) {
                card.setAttribute('draggable', 'true');
                card.addEventListener('dragstart', function (event) {
                    dragged = card;
                    card.classList.add('jm-dragging');
                    if (event.dataTransfer) {
                        event.dataTransfer.effectAllowed = 'move';
                        event.dataTransfer.setData('text/plain', card.getAttribute('data-card-id'));
                    }
                });
                card.addEventListener('dragend', function () {
                    card.classList.remove('jm-dragging');
                    clearDropMarks();
                    dragged = null;
                });
            });
            Array.prototype.forEach.call(root.querySelectorAll('.jm-cell'), function (cell) {
                cell.addEventListener('dragover', function (event) {
                    if (!dragged) {
                        return;
                    }
                    event.preventDefault();
                    if (event.dataTransfer) {
                        event.dataTransfer.dropEffect = 'move';
                    }
                    clearDropMarks();
                    cell.classList.add('jm-drop-target');
                });
                cell.addEventListener('dragleave', function (event) {
                    if (!cell.contains(event.relatedTarget)) {
                        cell.classList.remove('jm-drop-target');
                    }
                });
                cell.addEventListener('drop', function (event) {
                    if (!dragged) {
                        return;
                    }
                    event.preventDefault();
                    var cardId = Number(dragged.getAttribute('data-card-id'));
                    var index = dropIndex(cell, event.clientY);
                    clearDropMarks();
                    moveCard(cardId, Number(cell.getAttribute('data-lane-id')), Number(cell.getAttribute('data-stage-id')), index);
                });
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

        /** Moves a card through the move endpoint and reloads with the card focused. */
        function moveCard(cardId, laneId, stageId, index) {
            return write(api.post(mapPath('/cards/' + cardId + '/move'), {version: version(), laneId: laneId, stageId: stageId, index: index}),
                {focusCard: cardId, notice: page.message('moved')});
        }

        return {init: init, moveCard: moveCard, write: write, fail: fail};
    })();
})(window, document);
