/*
 * Journey Maps for Jira: the live board. On the map view it asks the REST API what changed since the board's
 * version (GET /maps/{id}/changes?since=N, long polling: the server answers when something changed or after 25 s)
 * and swaps in the re-rendered board (JourneyMaps.after.reload), so the page adopts the new data-map-version and the
 * user's next write quotes it. Changes the page made itself are already on it (its version is past them) and are
 * skipped. While the user types, has the side panel or a dialog open, or a write is running, the update waits and is
 * applied after. A page that was away asks with its last version and catches up; one too far behind reloads.
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
        var pendingVersion = 0;
        var reloadPending = false;
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

        function apply() {
            if (stopped || busy()) {
                return;
            }
            if (reloadPending) {
                window.location.reload();
                return;
            }
            if (pendingVersion > version()) {
                pendingVersion = 0;
                // Keep the keyboard where it was: on the same card, if one had the focus.
                var focused = document.activeElement && document.activeElement.closest
                    ? document.activeElement.closest('.jm-card[data-card-id]') : null;
                JourneyMaps.after.reload(focused ? {focusCard: Number(focused.getAttribute('data-card-id'))} : {});
            }
        }

        function handle(answer) {
            presence = answer.presence;
            viewers = answer.viewers || [];
            render();
            if (answer.reload) {
                reloadPending = true;
            } else if (answer.version > version()) {
                pendingVersion = Math.max(pendingVersion, answer.version);
            }
            apply();
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
            var path = '/maps/' + encodeURIComponent(mapId) + '/changes?since=' + version() + '&client=' + client
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

        return {init: init, client: function () { return client; }};
    })();
})(window, document);
