/*
 * Journey Maps for Jira: the live board. On the map view it asks the REST API what changed since the board's
 * version (GET /maps/{id}/changes?since=N, long polling: the server answers when something changed or after 25 s).
 * When every change since the board's version touched cards only (each change says what it touched), it fetches
 * those cards as the server draws them (GET <map page>/cards?ids=…, the board's own card template) and applies them
 * in place: a card replaced, moved to its index in its cell, inserted or removed; stage counts, roll-up cells and the
 * header's figures replaced; then the page adopts the new data-map-version, so the user's next write quotes it. Other
 * changes (stages, lanes, the whole map, many cards, cards of emotion or channel lanes whose curve or switch marks
 * depend on their neighbours) swap in the re-rendered board (JourneyMaps.after.reload) as before. Changes the page
 * made itself are already on it (its version is past them) and are skipped. While the user types on the board, has a
 * dialog open, drags a card, or a write is running, the update waits and is applied after; with the side panel open,
 * cards are applied but the panel's own card (a note in the panel says it changed) and whole-board swaps wait until
 * it closes. A page that was away asks with its last version and catches up; one too far behind reloads.
 * Presence: who else has the map open (initials in the header, names for assistive technology) and a marker on
 * the card someone edits; the page tells the server which card it edits (PUT /maps/{id}/presence) and that it left.
 */
(function (window, document) {
    'use strict';

    var JourneyMaps = window.JourneyMaps = window.JourneyMaps || {};

    JourneyMaps.live = (function () {
        var started = false;
        var mapId = null;
        var client = 'p' + Math.random().toString(36).slice(2, 12) + Date.now().toString(36);
        var presence = null;
        var viewers = [];
        var reloadPending = false;
        // The version the board's cards show ({@code shown}: set when the board is drawn and when changes are applied),
        // and what changed after it as far as the page knows (up to {@code known}): the cards touched (id → the last
        // version that touched it), or that something else was (structural).
        var shown = 0;
        var known = 0;
        var touched = {};
        var structural = false;
        var fetching = false;
        var MAX_CARDS = 50;
        // Lanes whose cards the board draws from their neighbours too (the emotion curve, channel switches).
        var NEIGHBOURLY = ['emotions', 'touchpoints', 'frontstage', 'channels'];
        var failures = 0;
        var stopped = false;
        var editingSent = null;

        function root() {
            return document.getElementById('jm-root');
        }

        function version() {
            var r = root();
            return r ? Number(r.getAttribute('data-map-version')) : 0;
        }

        /** The user is in the middle of something a swapped board would disturb. */
        function busy() {
            var body = document.body;
            if (body.getAttribute('aria-busy') === 'true' || body.classList.contains('jm-panel-open')) {
                return true;
            }
            var active = document.activeElement;
            if (active && active !== body && (active.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(active.tagName))) {
                return true;
            }
            var open = document.querySelectorAll('.aui-dialog2, [role="dialog"], dialog[open], details.jm-export-menu[open]');
            return Array.prototype.some.call(open, function (el) {
                return el.getAttribute('aria-hidden') !== 'true' && !el.hidden && el.offsetParent !== null;
            });
        }

        /** Busy for a card-by-card update: typing on the board, a dialog (not the side panel), a drag or a write. */
        function busyForCards() {
            var body = document.body;
            if (body.getAttribute('aria-busy') === 'true' || document.querySelector('.jm-dragging')) {
                return true;
            }
            var active = document.activeElement;
            var panel = document.getElementById('jm-panel');
            if (active && active !== body && (active.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(active.tagName))
                && !(panel && panel.contains(active))) {
                return true;
            }
            var open = document.querySelectorAll('.aui-dialog2, [role="dialog"], dialog[open], details.jm-export-menu[open]');
            return Array.prototype.some.call(open, function (el) {
                return el !== panel && el.getAttribute('aria-hidden') !== 'true' && !el.hidden && el.offsetParent !== null;
            });
        }

        function panelCard() {
            var r = root();
            var selected = document.body.classList.contains('jm-panel-open') && r ? r.querySelector('.jm-card-selected[data-card-id]') : null;
            return selected ? Number(selected.getAttribute('data-card-id')) : null;
        }

        /** The board shows {@code at}: nothing is pending. */
        function caughtUp(at) {
            touched = {};
            structural = false;
            shown = known = Math.max(known, at);
        }

        function apply() {
            if (stopped) {
                return;
            }
            if (reloadPending) {
                if (!busy()) {
                    window.location.reload();
                }
                return;
            }
            if (known <= shown) {
                note(false);
                return;
            }
            var held = panelCard();
            if (held !== null && touched[held] && touched[held] <= version()) {
                delete touched[held]; // the panel's own write (or the version it loaded the card at): the panel has it
            }
            var ids = Object.keys(touched).map(Number);
            if (structural || ids.length > MAX_CARDS) {
                if (!busy() && !fetching) {
                    note(false);
                    // Keep the keyboard where it was: on the same card, if one had the focus.
                    var focused = document.activeElement && document.activeElement.closest
                        ? document.activeElement.closest('.jm-card[data-card-id]') : null;
                    JourneyMaps.after.reload(focused ? {focusCard: Number(focused.getAttribute('data-card-id'))} : {});
                }
                return;
            }
            var now = ids.filter(function (id) { return id !== held; });
            note(ids.length !== now.length);
            if (fetching || busyForCards()) {
                return;
            }
            if (!ids.length) {
                adopt(known);
            } else if (now.length) {
                applyCards(now, ids.length === now.length ? known : null);
            }
        }

        /** The board shows version {@code at}: the page's next write quotes it (never an older one than it has). */
        function adopt(at) {
            root().setAttribute('data-map-version', String(Math.max(version(), at)));
            caughtUp(at);
            note(false);
        }

        /** Accumulates what the answer's changes touched (those after what the page already has). */
        function handle(answer) {
            presence = answer.presence;
            viewers = answer.viewers || [];
            render();
            if (answer.reload) {
                reloadPending = true;
            } else if (answer.version > known) {
                var covered = known;
                (answer.changes || []).forEach(function (change) {
                    if (change.version <= covered) {
                        return;
                    }
                    if (change.cardsOnly === true && change.cards) {
                        change.cards.forEach(function (id) {
                            touched[Number(id)] = change.version;
                        });
                    } else {
                        structural = true;
                    }
                    covered = Math.max(covered, change.version);
                });
                if (answer.version > covered) {
                    structural = true; // changes the answer did not list: the board as a whole
                }
                known = answer.version;
            }
            apply();
        }

        /** The subtle note in the side panel that its card changed meanwhile (the panel keeps what the user sees). */
        function note(show) {
            var existing = document.getElementById('jm-live-panel-note');
            var body = document.querySelector('#jm-panel .jm-panel-body');
            if (!show || !body) {
                if (existing) {
                    existing.parentNode.removeChild(existing);
                }
                return;
            }
            if (!existing) {
                existing = document.createElement('p');
                existing.id = 'jm-live-panel-note';
                existing.className = 'jm-live-panel-note';
                existing.setAttribute('role', 'status');
                existing.textContent = message('changed');
                body.insertBefore(existing, body.firstChild);
            }
        }

        /** Fetches the cards as the server draws them and applies them; {@code at}: the version the board is then at. */
        function applyCards(ids, at) {
            fetching = true;
            var started = Date.now();
            JourneyMaps.page.cards(mapId, ids).then(function (fragment) {
                fetching = false;
                if (!fragment || busyForCards() || known <= shown) {
                    if (!fragment) {
                        structural = true;
                    }
                    return;
                }
                if (!place(fragment, ids)) {
                    structural = true;
                    return;
                }
                ids.forEach(function (id) {
                    delete touched[id];
                });
                if (at !== null) {
                    adopt(at);
                }
                render();
                lastApplied = {cards: ids.length, ms: Date.now() - started};
            }, function () {
                fetching = false;
                structural = true; // the fragment failed: the whole board next time (it reloads if that fails too)
            });
        }

        var lastApplied = null;

        function neighbourly(el) {
            var lane = el && el.closest('.jm-lane');
            return !!lane && NEIGHBOURLY.indexOf(lane.getAttribute('data-lane-kind')) >= 0;
        }

        /** Applies the fragment's cards to the board; false when it cannot be done card by card. */
        function place(fragment, ids) {
            var r = root();
            var placed = Array.prototype.slice.call(fragment.querySelectorAll('.jm-fragment-card'));
            var cells = placed.map(function (ul) {
                return r.querySelector('.jm-cell[data-lane-id="' + Number(ul.getAttribute('data-lane-id')) + '"][data-stage-id="'
                    + Number(ul.getAttribute('data-stage-id')) + '"] .jm-cards');
            });
            var olds = ids.map(function (id) {
                return r.querySelector('.jm-card[data-card-id="' + Number(id) + '"]');
            });
            if (cells.some(function (cell) { return !cell || neighbourly(cell); }) || olds.some(neighbourly)) {
                return false;
            }
            // A long cell draws its first cards only (journey-maps-more.js): a change to a card waiting behind a "Show
            // more" button, or one that would put a card among them, changes what the button holds: the whole board.
            var behindButton = ids.some(function (id) {
                return !!r.querySelector('.jm-show-more[data-card-ids~="' + Number(id) + '"]');
            }) || placed.some(function (ul, i) {
                var list = cells[i];
                var id = ul.getAttribute('data-card-id');
                var drawn = Array.prototype.filter.call(list.children, function (c) {
                    return c.getAttribute('data-card-id') !== id;
                }).length;
                return !!list.parentNode.querySelector('.jm-show-more') && Number(ul.getAttribute('data-index')) >= drawn;
            });
            if (behindButton) {
                return false;
            }
            var active = document.activeElement;
            var focusCard = null;
            // In index order, so each card lands before the ones that follow it in its cell.
            placed.map(function (ul, i) {
                return {ul: ul, cell: cells[i], index: Number(ul.getAttribute('data-index'))};
            }).sort(function (a, b) {
                return a.index - b.index;
            }).forEach(function (item) {
                var id = Number(item.ul.getAttribute('data-card-id'));
                var old = r.querySelector('.jm-card[data-card-id="' + id + '"]');
                var fresh = document.importNode(item.ul.querySelector('.jm-card'), true);
                if (old && old.classList.contains('jm-card-selected')) {
                    fresh.classList.add('jm-card-selected');
                }
                var others = Array.prototype.filter.call(item.cell.children, function (c) {
                    return c !== old;
                });
                item.cell.insertBefore(fresh, others[item.index] || null);
                if (old) {
                    if (active && old.contains(active)) {
                        focusCard = fresh;
                    }
                    old.parentNode.removeChild(old);
                }
                if (JourneyMaps.keys) {
                    JourneyMaps.keys.replaced(old, fresh);
                }
            });
            Array.prototype.forEach.call(fragment.querySelectorAll('.jm-fragment-gone'), function (gone) {
                var old = r.querySelector('.jm-card[data-card-id="' + Number(gone.getAttribute('data-card-id')) + '"]');
                if (old) {
                    var next = old.nextElementSibling || old.previousElementSibling
                        || old.closest('.jm-cell').querySelector('.jm-add-card');
                    if (active && old.contains(active)) {
                        focusCard = next;
                    }
                    old.parentNode.removeChild(old);
                    if (JourneyMaps.keys && next) {
                        JourneyMaps.keys.replaced(old, next);
                    }
                }
            });
            figures(fragment, r);
            if (focusCard && JourneyMaps.keys) {
                JourneyMaps.keys.focus(focusCard);
            }
            return true;
        }

        /** The stages' card counts, the roll-up cells and the header's figures, as the fragment has them. */
        function figures(fragment, r) {
            Array.prototype.forEach.call(fragment.querySelectorAll('.jm-fragment-stage'), function (stage) {
                var el = r.querySelector('.jm-stage[data-stage-id="' + Number(stage.getAttribute('data-stage-id')) + '"]');
                if (el) {
                    el.setAttribute('data-card-count', stage.getAttribute('data-card-count'));
                }
            });
            Array.prototype.forEach.call(fragment.querySelectorAll('.jm-stage-rollup'), function (cell) {
                var old = r.querySelector('.jm-rollup-row .jm-stage-rollup[data-stage-id="' + Number(cell.getAttribute('data-stage-id')) + '"]');
                if (old) {
                    var fresh = document.importNode(cell, true);
                    old.parentNode.replaceChild(fresh, old);
                    if (JourneyMaps.keys) {
                        JourneyMaps.keys.replaced(old, fresh);
                    }
                }
            });
            var stats = fragment.querySelector('.jm-stats');
            var oldStats = r.querySelector('#jm-map-header .jm-stats');
            if (stats && oldStats) {
                oldStats.parentNode.replaceChild(document.importNode(stats, true), oldStats);
            }
            var header = document.getElementById('jm-map-header');
            if (header) {
                header.setAttribute('data-card-count', fragment.getAttribute('data-card-count'));
            }
        }

        var timer = null;
        var inFlight = false;

        /** The next request after {@code ms}; one at a time, whoever asks (an answer, a failure, the network back). */
        function schedule(ms) {
            if (timer) {
                window.clearTimeout(timer);
            }
            timer = window.setTimeout(function () {
                timer = null;
                poll();
            }, ms);
        }

        function poll() {
            if (stopped || inFlight) {
                return;
            }
            inFlight = true;
            // Since what the page already knows of: a change waiting to be applied is not asked for again and again,
            // and one the board does not show yet is asked for even when the page's version moved past it (the side
            // panel adopts the version it loads its card at).
            var path = '/maps/' + encodeURIComponent(mapId) + '/changes?since=' + known + '&client=' + client
                + (presence ? '&presence=' + encodeURIComponent(presence) : '');
            JourneyMaps.api.get(path).then(function (result) {
                inFlight = false;
                failures = 0;
                handle(result.body);
                schedule(0);
            }, function (failure) {
                inFlight = false;
                if (failure.status === 401 || failure.status === 403 || failure.status === 404) {
                    stopped = true;
                    return;
                }
                // The server is away (restarting) or the page is offline: ask again soon, with the version we have.
                failures += 1;
                schedule(Math.min(5000, 500 * Math.pow(2, Math.min(failures, 4))));
            });
        }

        /** The card this page edits now: the side panel's, or the one whose inline field has the focus. */
        function editing() {
            var r = root();
            if (!r) {
                return null;
            }
            if (document.body.classList.contains('jm-panel-open')) {
                var selected = r.querySelector('.jm-card-selected[data-card-id]');
                return selected ? Number(selected.getAttribute('data-card-id')) : null;
            }
            var active = document.activeElement;
            var card = active && active.closest ? active.closest('.jm-card[data-card-id]') : null;
            return card && card !== active ? Number(card.getAttribute('data-card-id')) : null;
        }

        function tell() {
            var now = editing();
            if (now !== editingSent) {
                editingSent = now;
                JourneyMaps.api.put('/maps/' + encodeURIComponent(mapId) + '/presence', {client: client, editing: now})
                    .then(null, function () {
                        editingSent = undefined; // tell again next time
                    });
            }
        }

        function message(name) {
            var slot = document.getElementById('jm-presence');
            return (slot && slot.getAttribute('data-msg-' + name)) || '';
        }

        function format(name, a, b) {
            return message(name).replace('{0}', a).replace('{1}', b === undefined ? '' : b);
        }

        /** The others' initials in the header's presence slot, and a marker on each card someone edits. */
        function render() {
            var slot = document.getElementById('jm-presence');
            var r = root();
            if (!slot || !r) {
                return;
            }
            while (slot.firstChild) {
                slot.removeChild(slot.firstChild);
            }
            slot.hidden = viewers.length === 0;
            if (viewers.length) {
                var list = document.createElement('ul');
                list.className = 'jm-presence-list';
                list.setAttribute('aria-label', message('label'));
                viewers.forEach(function (viewer) {
                    var item = document.createElement('li');
                    item.className = 'jm-presence-avatar' + (viewer.editing ? ' jm-presence-editing' : '');
                    item.setAttribute('data-user-key', viewer.key);
                    var initials = document.createElement('span');
                    initials.setAttribute('aria-hidden', 'true');
                    initials.textContent = viewer.initials;
                    var name = document.createElement('span');
                    name.className = 'assistive';
                    name.textContent = viewer.editing ? format('editing', viewer.name) : viewer.name;
                    item.title = name.textContent;
                    item.appendChild(initials);
                    item.appendChild(name);
                    list.appendChild(item);
                });
                slot.appendChild(list);
            }
            markCards(r);
        }

        function markCards(r) {
            Array.prototype.forEach.call(r.querySelectorAll('.jm-peer-marker'), function (marker) {
                var card = marker.parentNode;
                card.classList.remove('jm-card-peer-editing');
                var described = (card.getAttribute('aria-describedby') || '').split(' ').filter(function (id) {
                    return id && id !== marker.id;
                }).join(' ');
                if (described) {
                    card.setAttribute('aria-describedby', described);
                } else {
                    card.removeAttribute('aria-describedby');
                }
                card.removeChild(marker);
            });
            viewers.forEach(function (viewer) {
                var card = viewer.editing ? r.querySelector('.jm-card[data-card-id="' + Number(viewer.editing) + '"]') : null;
                if (!card || card.querySelector('.jm-peer-marker')) {
                    return;
                }
                var marker = document.createElement('span');
                marker.className = 'jm-peer-marker';
                marker.id = 'jm-peer-' + Number(viewer.editing);
                marker.title = format('editing', viewer.name);
                var initials = document.createElement('span');
                initials.setAttribute('aria-hidden', 'true');
                initials.textContent = viewer.initials;
                var name = document.createElement('span');
                name.className = 'assistive';
                name.textContent = marker.title;
                marker.appendChild(initials);
                marker.appendChild(name);
                card.appendChild(marker);
                card.classList.add('jm-card-peer-editing');
                card.setAttribute('aria-describedby', ((card.getAttribute('aria-describedby') || '') + ' ' + marker.id).trim());
            });
        }

        function leave() {
            if (!mapId || !window.fetch) {
                return;
            }
            try {
                window.fetch(JourneyMaps.page.contextPath() + '/rest/journeymaps/1.0/maps/' + encodeURIComponent(mapId)
                    + '/presence?client=' + client, {method: 'DELETE', credentials: 'same-origin', keepalive: true,
                    headers: {'X-Atlassian-Token': 'no-check'}});
            } catch (ignored) {
                // Leaving is a courtesy: the others see the page gone when it expires.
            }
        }

        /** Called by JourneyMaps.init on the map view, also after each swapped-in board: starts once, redraws presence. */
        function init(pageRoot) {
            // A board drawn now (the first time, or swapped in after a write) shows its version.
            shown = known = 0;
            caughtUp(Number(pageRoot.getAttribute('data-map-version')));
            if (!started) {
                started = true;
                mapId = pageRoot.getAttribute('data-map-id');
                window.addEventListener('pagehide', leave);
                window.addEventListener('online', function () {
                    schedule(0);
                });
                window.setInterval(function () {
                    tell();
                    apply();
                }, 500);
                poll();
            }
            render();
        }

        /** No more polling nor applying: the page is about to leave the map (it was deleted), a reload would race it. */
        function stop() {
            stopped = true;
            if (timer) {
                window.clearTimeout(timer);
                timer = null;
            }
        }

        // Leaving the page (a navigation after a write): nothing more is applied or reloaded under it. A page still here
        // seconds later did not leave (a download, a cancelled navigation): it carries on.
        window.addEventListener('beforeunload', function () {
            if (!stopped) {
                stop();
                window.setTimeout(resume, 5000);
            }
        });

        /** Polls again after {@link stop} (the delete it was stopped for failed). */
        function resume() {
            if (stopped) {
                stopped = false;
                schedule(0);
            }
        }

        return {init: init, stop: stop, resume: resume, client: function () { return client; }, lastApplied: function () { return lastApplied; }};
    })();
})(window, document);
