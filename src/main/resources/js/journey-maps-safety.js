/*
 * Journey Maps for Jira: deleting safely on the map view. An AUI dialog (not the browser's confirm box) says
 * exactly what goes with a card or a stage; an AUI flag after a card is deleted or moved offers "Undo", which asks
 * the server to put it back (POST /maps/{id}/undo); lanes are hidden per user, in this browser's localStorage,
 * so hiding a lane never hides it for anyone else. Text is only ever set with textContent.
 */
(function (window, document) {
    'use strict';

    var JourneyMaps = window.JourneyMaps = window.JourneyMaps || {};

    /* --- confirm: one AUI dialog for every delete on the board ------------------------------------ */
    JourneyMaps.confirm = (function () {
        /**
         * Asks in the dialog; resolves true (the danger button) or false (cancel, Escape, close). {@code opener}
         * gets the focus back either way.
         */
        function ask(question, opener) {
            var dialogEl = document.getElementById('jm-confirm-dialog');
            if (!dialogEl || !window.AJS || !window.AJS.dialog2) {
                return Promise.resolve(window.confirm(question.title));
            }
            document.getElementById('jm-confirm-heading').textContent = question.title;
            var intro = document.getElementById('jm-confirm-intro');
            intro.textContent = question.intro || '';
            intro.hidden = !question.intro;
            var list = document.getElementById('jm-confirm-list');
            list.textContent = '';
            (question.items || []).forEach(function (line) {
                var li = document.createElement('li');
                li.textContent = line;
                list.appendChild(li);
            });
            list.hidden = !(question.items || []).length;
            document.getElementById('jm-confirm-note').textContent = question.note || '';
            var ok = document.getElementById('jm-confirm-ok');
            ok.textContent = question.confirm;
            var dialog = window.AJS.dialog2(dialogEl);
            return new Promise(function (resolve) {
                var answered = false;

                function answer(value) {
                    if (answered) {
                        return;
                    }
                    answered = true;
                    ok.removeEventListener('click', yes);
                    cancel.removeEventListener('click', no);
                    dialog.off('hide', no);
                    dialog.hide();
                    if (opener && document.body.contains(opener) && !value) {
                        opener.focus();
                    }
                    resolve(value);
                }

                function yes() {
                    answer(true);
                }

                function no() {
                    answer(false);
                }

                var cancel = document.getElementById('jm-confirm-cancel');
                ok.addEventListener('click', yes);
                cancel.addEventListener('click', no);
                dialog.on('hide', no);
                dialog.show();
                // The safe choice has the focus (AUI focuses the dialog's first button otherwise; see data-aui-focus-selector).
                cancel.focus();
                window.setTimeout(function () {
                    if (!answered && dialogEl.contains(document.activeElement) && document.activeElement !== cancel) {
                        cancel.focus();
                    }
                }, 0);
            });
        }

        return {ask: ask};
    })();

    /* --- undo: an AUI flag with an "Undo" button after a card, stage, lane or evidence is deleted, or a card moved --- */
    JourneyMaps.undo = (function () {
        function escape(text) {
            return String(text).replace(/[&<>"']/g, function (c) {
                return '&#' + c.charCodeAt(0) + ';';
            });
        }

        /**
         * Says what happened in a flag (our own message, no user text) and offers to take it back. AUI gives an
         * actionable flag the focus (an alert dialog); the focus goes back to where the user was working, and the
         * flag is still announced.
         */
        function offer(message, version) {
            var keep = document.activeElement;
            var page = JourneyMaps.page;
            if (!window.AJS || !window.AJS.flag) {
                return null;
            }
            var flag = window.AJS.flag({
                type: 'success',
                close: 'manual',
                title: message, // AUI escapes the title; the body is markup, built from our own text only
                body: '<ul class="aui-nav-actions-list"><li><button type="button" class="aui-button aui-button-link jm-undo">'
                    + escape(page.message('undo')) + '</button></li></ul>'
            });
            var button = flag.querySelector('.jm-undo');
            var mapId = page.data('map-id');
            var giveBack = function () {
                if (flag.contains(document.activeElement) && keep && document.body.contains(keep)) {
                    keep.focus();
                }
            };
            giveBack();
            // AUI moves the focus when it shows the flag, which may be a frame or two later.
            [0, 50, 250].forEach(function (delay) {
                window.setTimeout(giveBack, delay);
            });
            button.addEventListener('click', function () {
                button.disabled = true;
                JourneyMaps.api.post('/maps/' + encodeURIComponent(mapId) + '/undo', {version: version}).then(function (result) {
                    flag.close();
                    var what = result.body.what && result.body.what !== 'card' ? 'undone-' + result.body.what : 'undone';
                    JourneyMaps.after.reload(result.body.cardId ? {focusCard: result.body.cardId, flag: page.message(what)}
                        : {flag: page.message(what)});
                }, function (failure) {
                    flag.close();
                    JourneyMaps.notify.error(document.getElementById('jm-messages'), JourneyMaps.notify.linesOf(failure));
                });
            });
            window.setTimeout(function () {
                if (document.body.contains(flag)) {
                    flag.close();
                }
            }, 15000);
            return flag;
        }

        /** A plain success flag (no layout shift, unlike a message above the board). */
        function tell(message) {
            if (window.AJS && window.AJS.flag) {
                window.AJS.flag({type: 'success', close: 'auto', title: message});
            }
        }

        return {offer: offer, tell: tell};
    })();

    /* --- hiddenLanes: which lanes this user hid on this map, kept in the browser ------------------- */
    JourneyMaps.hiddenLanes = (function () {
        function key(mapId) {
            return 'journeymaps.hiddenLanes.' + mapId;
        }

        function read(mapId) {
            try {
                var ids = JSON.parse(window.localStorage.getItem(key(mapId)) || '[]');
                return Array.isArray(ids) ? ids.map(Number) : [];
            } catch (ignored) {
                return [];
            }
        }

        function write(mapId, ids) {
            try {
                window.localStorage.setItem(key(mapId), JSON.stringify(ids));
            } catch (ignored) {
                // Without storage a hidden lane comes back on the next visit.
            }
        }

        function hide(mapId, laneId) {
            var ids = read(mapId).filter(function (id) { return id !== laneId; });
            ids.push(laneId);
            write(mapId, ids);
        }

        function show(mapId, laneId) {
            write(mapId, read(mapId).filter(function (id) { return id !== laneId; }));
        }

        /** Hides this user's hidden lanes and lists them, each with a "Show" button, in the toolbar. */
        function apply(root) {
            var mapId = root.getAttribute('data-map-id');
            var ids = read(mapId);
            var menu = document.getElementById('jm-my-hidden-lanes');
            if (!menu) {
                return;
            }
            var list = menu.querySelector('ul');
            list.textContent = '';
            var shown = 0;
            Array.prototype.forEach.call(root.querySelectorAll('.jm-lane'), function (lane) {
                var laneId = Number(lane.getAttribute('data-lane-id'));
                var hidden = ids.indexOf(laneId) >= 0;
                lane.classList.toggle('jm-lane-hidden', hidden);
                if (!hidden) {
                    return;
                }
                shown++;
                var li = document.createElement('li');
                var title = document.createElement('span');
                title.textContent = lane.querySelector('.jm-lane-title').textContent;
                var button = document.createElement('button');
                button.type = 'button';
                button.className = 'aui-button aui-button-link';
                button.textContent = JourneyMaps.page.message('lane-show');
                button.addEventListener('click', function () {
                    show(mapId, laneId);
                    apply(root);
                    var tool = lane.querySelector('[data-jm-action="hide-lane"]');
                    if (tool) {
                        tool.focus();
                    }
                });
                li.appendChild(title);
                li.appendChild(button);
                list.appendChild(li);
            });
            menu.hidden = shown === 0;
            menu.querySelector('.jm-my-hidden-count').textContent = String(shown);
        }

        return {hide: hide, show: show, apply: apply};
    })();
})(window, document);
