/*
 * Journey Maps for Jira: owner and score of a pain point or opportunity, in the card side panel. The form starts
 * from what the card shows (data- attributes the server wrote on it); saving sets the score inputs and, when it
 * changed, the owner (picked by name as on the priorities page), then updates the card's avatar and score chip
 * in place. Text is only ever set with textContent.
 */
(function (window, document) {
    'use strict';

    var JourneyMaps = window.JourneyMaps = window.JourneyMaps || {};

    JourneyMaps.triage = (function () {
        var root, form;
        var FIELDS = {impact: 'data-impact', feasibility: 'data-feasibility', reach: 'data-reach',
            riceImpact: 'data-rice-impact', effort: 'data-effort'};

        function el(id) {
            return document.getElementById(id);
        }

        function init(pageRoot) {
            root = pageRoot;
            form = el('jm-triage-form');
            if (!form) {
                return;
            }
            if (JourneyMaps.priorities && JourneyMaps.priorities.suggest) {
                JourneyMaps.priorities.suggest(form.elements.owner);
            }
            form.addEventListener('submit', function (event) {
                event.preventDefault();
                save();
            });
        }

        /** The panel opened on {@code cardEl}: fill the form from what the card shows. */
        function show(cardEl) {
            if (!form) {
                return;
            }
            form.setAttribute('data-card-id', cardEl.getAttribute('data-card-id'));
            JourneyMaps.notify.clear(el('jm-triage-messages'));
            Object.keys(FIELDS).forEach(function (name) {
                form.elements[name].value = cardEl.getAttribute(FIELDS[name]) || '';
            });
            var owner = form.elements.owner;
            owner.value = cardEl.getAttribute('data-owner-name') || '';
            owner.defaultValue = owner.value;
            owner.setAttribute('data-owner-key', cardEl.getAttribute('data-owner-key') || '');
        }

        function number(name) {
            var value = form.elements[name].value;
            return value === '' ? null : Number(value);
        }

        function save() {
            var cardId = Number(form.getAttribute('data-card-id'));
            var path = '/maps/' + encodeURIComponent(root.getAttribute('data-map-id')) + '/triage/' + cardId;
            var button = form.querySelector('button[type=submit]');
            var messages = el('jm-triage-messages');
            var api = JourneyMaps.api;
            var last = null;
            button.disabled = true;
            JourneyMaps.notify.clear(messages);
            JourneyMaps.priorities.resolveOwner(form.elements.owner).then(function (owner) {
                return api.put(path, {
                    version: Number(root.getAttribute('data-map-version')),
                    impact: number('impact'), feasibility: number('feasibility'), reach: number('reach'),
                    riceImpact: number('riceImpact'), effort: number('effort')
                }).then(function (result) {
                    last = result;
                    root.setAttribute('data-map-version', String(result.body.version));
                    return owner.changed ? api.put(path + '/owner', {version: result.body.version, owner: owner.key}) : result;
                });
            }).then(function (result) {
                button.disabled = false;
                root.setAttribute('data-map-version', String(result.body.version));
                apply(cardId, result.body.card || (last && last.body.card));
                JourneyMaps.undo.tell(JourneyMaps.page.message('saved'));
            }, function (failure) {
                button.disabled = false;
                JourneyMaps.notify.error(messages, JourneyMaps.notify.linesOf(failure));
            });
        }

        /** The card's avatar, owner name and score chip, from the triage answer. */
        function apply(cardId, card) {
            var cardEl = root.querySelector('.jm-card[data-card-id="' + cardId + '"]');
            if (!cardEl || !card) {
                return;
            }
            var owner = card.owner;
            cardEl.setAttribute('data-owner-key', owner ? owner.key : '');
            cardEl.setAttribute('data-owner-name', owner ? owner.displayName : '');
            cardEl.classList.toggle('jm-unowned', !owner);
            ['impact', 'feasibility', 'reach', 'riceImpact', 'effort'].forEach(function (name) {
                var value = card[name];
                cardEl.setAttribute(FIELDS[name], value === null || value === undefined ? '' : String(value));
            });
            var ownerEl = cardEl.querySelector('.jm-owner');
            if (ownerEl) {
                ownerEl.classList.toggle('jm-owner-none', !owner);
                ownerEl.querySelector('.jm-initials').classList.toggle('jm-initials-none', !owner);
                ownerEl.querySelector('.aui-avatar-inner').textContent = owner ? initials(owner.displayName) : '?';
                ownerEl.querySelector('.jm-owner-name').textContent = owner ? owner.displayName : JourneyMaps.page.message('unowned');
                ownerEl.title = owner ? JourneyMaps.page.message('owner') + ': ' + owner.displayName : '';
            }
            var chip = cardEl.querySelector('.jm-score-chip');
            if (chip && card.score) {
                chip.lastChild.textContent = card.score.display;
                chip.title = card.score.formula || '';
                chip.classList.toggle('jm-unscored', card.score.value === null || card.score.value === undefined);
            }
            form.elements.owner.defaultValue = form.elements.owner.value;
            form.elements.owner.setAttribute('data-owner-key', owner ? owner.key : '');
        }

        function initials(name) {
            return String(name).trim().split(/\s+/).slice(0, 2).map(function (word) {
                return word.charAt(0);
            }).join('').toUpperCase();
        }

        return {init: init, show: show};
    })();
})(window, document);
