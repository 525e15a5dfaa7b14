/*
 * Journey Maps for Jira: restoring a snapshot from the history page. "Restore" on a snapshot row asks the server what
 * restoring would change (GET …/snapshots/{id}/restore), says it in the AUI confirm dialog (JourneyMaps.confirm), and
 * on confirmation restores (POST, quoting the version the preview was made from: a change since is a 409) and opens
 * the map with a success flag. Text is only ever set with textContent.
 */
(function (window, document) {
    'use strict';

    var JourneyMaps = window.JourneyMaps = window.JourneyMaps || {};

    JourneyMaps.restoreSnapshot = (function () {
        var busy = false;

        function fail(failure) {
            var notify = JourneyMaps.notify;
            notify.error(document.getElementById('jm-history-messages'), notify.linesOf(failure));
            busy = false;
        }

        function restore(button) {
            var page = JourneyMaps.page;
            var api = JourneyMaps.api;
            var mapId = page.data('map-id');
            var path = '/maps/' + encodeURIComponent(mapId) + '/snapshots/'
                + encodeURIComponent(button.getAttribute('data-snapshot-id')) + '/restore';
            var label = button.getAttribute('data-snapshot-label');
            if (busy) {
                return;
            }
            busy = true;
            JourneyMaps.notify.clear(document.getElementById('jm-history-messages'));
            api.get(path).then(function (reply) {
                var p = reply.body;
                return JourneyMaps.confirm.ask({
                    title: page.format('restore-title', label),
                    intro: page.message('restore-intro'),
                    items: [page.format('restore-stages', p.stagesAdded, p.stagesRemoved),
                        page.format('restore-lanes', p.lanesAdded, p.lanesRemoved),
                        page.format('restore-cards', p.cardsAdded, p.cardsRemoved, p.cardsChanged)],
                    note: page.message('restore-note'),
                    confirm: page.message('restore-confirm')
                }, button).then(function (yes) {
                    if (!yes) {
                        busy = false;
                        return null;
                    }
                    return api.post(path, {version: p.version}).then(function () {
                        JourneyMaps.flags.later(page.format('restore-done', label));
                        window.location.assign(page.mapUrl(mapId));
                    });
                });
            }).catch(fail);
        }

        function init(root) {
            root.addEventListener('click', function (event) {
                var button = event.target.closest ? event.target.closest('.jm-restore-snapshot') : null;
                if (button && root.contains(button)) {
                    restore(button);
                }
            });
        }

        return {init: init};
    })();
})(window, document);
