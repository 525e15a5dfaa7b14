/*
 * Journey Maps for Jira: the card side panel. A click on a card (or Enter/Space on a focused card) opens it;
 * it shows the card's text and description for editing, its emotion score or channel where the lane has
 * them, a keyboard way to move the card (lane, stage, position), and for pain points and opportunities the
 * evidence behind them with add, edit and delete. Focus moves into the panel and back to the card when it
 * closes (Escape or the close button). The card data comes from the REST API and is set with textContent.
 */
(function (window, document) {
    'use strict';

    var JourneyMaps = window.JourneyMaps = window.JourneyMaps || {};

    JourneyMaps.panel = (function () {
        var page, api, notify, board;
        var root, panel, mapId, current = null, opener = null;

        function el(id) {
            return document.getElementById(id);
        }

        function version() {
            return Number(root.getAttribute('data-map-version'));
        }

        function cardPath(rest) {
            return '/maps/' + encodeURIComponent(mapId) + '/cards/' + current.card.id + (rest || '');
        }

        function init(pageRoot, after) {
            page = JourneyMaps.page;
            api = JourneyMaps.api;
            notify = JourneyMaps.notify;
            board = JourneyMaps.board;
            root = pageRoot;
            panel = el('jm-panel');
            mapId = root.getAttribute('data-map-id');
            if (!panel) {
                return;
            }
            // One listener for all cards, not one per card: a map of thousands of cards starts as fast as a small one.
            // (journey-maps-keys.js makes the cards one Tab stop with arrow keys between them.)
            root.addEventListener('click', function (event) {
                var card = event.target.closest('.jm-card');
                if (card && root.contains(card) && !event.target.closest('a, button, input, textarea, select')) {
                    open(card);
                }
            });
            root.addEventListener('keydown', function (event) {
                var card = event.target;
                if (card.classList && card.classList.contains('jm-card') && (event.key === 'Enter' || event.key === ' ')) {
                    event.preventDefault();
                    open(card);
                }
            });
            el('jm-panel-close').addEventListener('click', close);
            panel.addEventListener('keydown', function (event) {
                if (event.key === 'Escape') {
                    event.preventDefault();
                    close();
                }
            });
            el('jm-card-form').addEventListener('submit', function (event) {
                event.preventDefault();
                saveCard();
            });
            el('jm-delete-card').addEventListener('click', deleteCard);
            el('jm-move-form').addEventListener('submit', function (event) {
                event.preventDefault();
                moveCard();
            });
            el('jm-evidence-form').addEventListener('submit', function (event) {
                event.preventDefault();
                saveEvidence();
            });
            el('jm-evidence-cancel').addEventListener('click', function () {
                resetEvidenceForm();
                el('jm-evidence-type').focus();
            });
            if (after && after.panel) {
                var card = root.querySelector('.jm-card[data-card-id="' + Number(after.panel) + '"]');
                if (card) {
                    open(card, after.panelFocus);
                } else if (JourneyMaps.more) {
                    // On a large map the card may wait behind its cell's "Show more" button: fetched into the cell first.
                    JourneyMaps.more.reveal(root, after.panel).then(function (shown) {
                        if (shown) {
                            open(shown, after.panelFocus);
                        }
                    });
                }
            }
        }

        function open(cardEl, focusId) {
            opener = cardEl;
            var cardId = Number(cardEl.getAttribute('data-card-id'));
            notify.clear(el('jm-panel-messages'));
            // Only the card the panel shows: its lane, its stage and the map version come with it.
            return api.get('/maps/' + encodeURIComponent(mapId) + '/cards/' + cardId).then(function (result) {
                var card = result.body.card;
                var lane = result.body.lane;
                var stage = result.body.stage;
                current = {card: card, lane: lane, stage: stage};
                root.setAttribute('data-map-version', String(result.body.version));
                address(cardId);
                fill();
                panel.hidden = false;
                document.body.classList.add('jm-panel-open');
                Array.prototype.forEach.call(root.querySelectorAll('.jm-card-selected'), function (c) {
                    c.classList.remove('jm-card-selected');
                });
                cardEl.classList.add('jm-card-selected');
                if (JourneyMaps.work && JourneyMaps.laneKinds.isActionable(lane.kind)) {
                    JourneyMaps.work.show(cardEl, card);
                }
                if (JourneyMaps.triage && JourneyMaps.laneKinds.isActionable(lane.kind)) {
                    JourneyMaps.triage.show(cardEl);
                }
                if (JourneyMaps.comments) {
                    JourneyMaps.comments.show(cardId);
                }
                (focusId && el(focusId) ? el(focusId) : el('jm-card-text')).focus();
            }, function (failure) {
                notify.error(el('jm-messages'), notify.linesOf(failure));
            });
        }

        /** Keeps the address bar on the card the panel shows (…?card={id}), so the address can be shared. */
        function address(cardId) {
            if (!window.history || !window.history.replaceState) {
                return;
            }
            var url = window.location.pathname + (cardId ? '?card=' + cardId : '');
            var search = window.location.search.replace(/^\?/, '').split('&').filter(function (part) {
                return part && part.indexOf('card=') !== 0;
            });
            if (search.length) {
                url += (cardId ? '&' : '?') + search.join('&');
            }
            window.history.replaceState(window.history.state, '', url);
        }

        function close() {
            panel.hidden = true;
            document.body.classList.remove('jm-panel-open');
            address(null);
            if (opener) {
                var now = document.body.contains(opener) ? opener
                    : root.querySelector('.jm-card[data-card-id="' + opener.getAttribute('data-card-id') + '"]');
                opener.classList.remove('jm-card-selected');
                if (now && JourneyMaps.keys) {
                    JourneyMaps.keys.focus(now);
                } else if (now) {
                    now.focus();
                }
            }
            current = null;
        }

        function fill() {
            var card = current.card;
            el('jm-panel-heading').textContent = card.text;
            el('jm-panel-context').textContent = page.format('context', current.lane.title, current.stage.name);
            JourneyMaps.laneKinds.showFieldsFor(panel, current.lane.kind);
            var form = el('jm-card-form');
            form.elements.text.value = card.text;
            form.elements.details.value = card.details || '';
            form.elements.emotion.value = card.emotion === null || card.emotion === undefined ? '' : String(card.emotion);
            form.elements.channel.value = card.channel || '';
            var move = el('jm-move-form');
            move.elements.laneId.value = String(card.laneId);
            move.elements.stageId.value = String(card.stageId);
            move.elements.position.value = String(card.position + 1);
            renderEvidence(card.evidence || []);
            resetEvidenceForm();
        }

        function failed(failure) {
            var action = failure.status === 409
                ? {label: page.message('reload'), run: function () { window.location.reload(); }} : null;
            notify.error(el('jm-panel-messages'), notify.linesOf(failure), action);
        }

        function reloadWith(focusId) {
            return function () {
                JourneyMaps.after.reload({panel: current.card.id, panelFocus: focusId, focusCard: current.card.id});
            };
        }

        function saveCard() {
            var form = el('jm-card-form');
            var body = {
                version: version(),
                text: form.elements.text.value,
                details: form.elements.details.value,
                emotion: JourneyMaps.laneKinds.number(form.elements.emotion),
                channel: JourneyMaps.laneKinds.value(form.elements.channel)
            };
            var before = current.card;
            var quoted = body.version;
            api.put(cardPath(), body).then(function (result) {
                var saved = result.body.card;
                // Text and description are applied where they show; anything else the server draws is re-rendered,
                // as is the whole board when others changed the map meanwhile (the answer's version jumped).
                if (saved && result.body.version === quoted + 1 && (before.emotion === saved.emotion)
                        && ((before.channel || null) === (saved.channel || null))) {
                    root.setAttribute('data-map-version', String(result.body.version));
                    applyText(saved);
                    current.card = saved;
                    el('jm-panel-heading').textContent = saved.text;
                    JourneyMaps.undo.tell(page.message('saved'));
                } else {
                    reloadWith('jm-card-text')();
                }
            }, failed);
        }

        function applyText(saved) {
            var cardEl = root.querySelector('.jm-card[data-card-id="' + saved.id + '"]');
            if (!cardEl) {
                return;
            }
            cardEl.querySelector('.jm-card-text').textContent = saved.text;
            cardEl.setAttribute('aria-label', saved.text);
            var details = cardEl.querySelector('.jm-card-details');
            if (saved.details && !details) {
                details = document.createElement('p');
                details.className = 'jm-card-details';
                cardEl.querySelector('.jm-card-text').insertAdjacentElement('afterend', details);
            }
            if (details) {
                details.textContent = saved.details || '';
                details.hidden = !saved.details;
            }
        }

        /** What goes with the card, said exactly: its evidence, links, score, owner and comments. */
        function whatGoes(cardEl) {
            var items = [];
            var evidence = (current.card.evidence || []).length;
            if (evidence) {
                items.push(page.format('goes-evidence', evidence));
            }
            var keys = Array.prototype.map.call(cardEl.querySelectorAll('.jm-work-issue'), function (issue) {
                return issue.getAttribute('data-issue-key');
            });
            if (keys.length) {
                items.push(page.format('goes-links', keys.join(', ')));
            }
            if (cardEl.getAttribute('data-impact') || cardEl.getAttribute('data-reach')) {
                var chip = cardEl.querySelector('.jm-score-chip');
                items.push(page.format('goes-score', chip ? chip.lastChild.textContent.trim() : ''));
            }
            if (cardEl.getAttribute('data-owner-key')) {
                items.push(page.format('goes-owner', cardEl.getAttribute('data-owner-name')));
            }
            // Comments go with the card and are not part of its undo record: say so before, not after.
            var list = document.getElementById('jm-comment-list');
            var comments = list ? list.children.length : 0;
            if (comments) {
                items.push(page.format('goes-comments', comments));
            }
            return items;
        }

        /** Where focus goes once the card is gone: the next card in its cell, else the one before, else "Add card". */
        function near(cardEl, cardId) {
            var next = cardEl && (cardEl.nextElementSibling || cardEl.previousElementSibling);
            if (next && next.getAttribute('data-card-id')) {
                return {focusCard: Number(next.getAttribute('data-card-id'))};
            }
            var cell = cardEl && cardEl.closest('.jm-cell');
            return cell ? {focusAdd: {laneId: cell.getAttribute('data-lane-id'), stageId: cell.getAttribute('data-stage-id')}}
                : {focusCard: cardId};
        }

        function deleteCard() {
            var button = el('jm-delete-card');
            var cardEl = root.querySelector('.jm-card[data-card-id="' + current.card.id + '"]') || opener;
            var items = whatGoes(cardEl);
            JourneyMaps.confirm.ask({
                title: page.message('confirm-card-title'),
                intro: page.format(items.length ? 'confirm-card-with' : 'confirm-card-alone', current.card.text),
                items: items,
                note: page.message('confirm-undo'),
                confirm: page.message('delete')
            }, button).then(function (yes) {
                if (!yes) {
                    return;
                }
                var quoted = version();
                api.del(cardPath('?version=' + quoted)).then(function (result) {
                    var done = result.body && result.body.version ? result.body.version : quoted + 1;
                    var cardId = current.card.id;
                    panel.hidden = true;
                    document.body.classList.remove('jm-panel-open');
                    address(null);
                    current = null;
                    JourneyMaps.undo.offer(page.message('deleted'), done);
                    JourneyMaps.after.reload(near(cardEl, cardId));
                }, failed);
            });
        }

        function moveCard() {
            var form = el('jm-move-form');
            var position = Math.max(1, Math.floor(Number(form.elements.position.value) || 1));
            // Once moved, the panel closes and the focus is on the card in its new place.
            board.moveCard(current.card.id, Number(form.elements.laneId.value), Number(form.elements.stageId.value), position - 1)
                .then(function (moved) {
                    if (moved && !panel.hidden) {
                        close();
                    }
                });
        }

        // --- evidence -------------------------------------------------------------------------------
        function renderEvidence(items) {
            var list = el('jm-evidence-list');
            var template = el('jm-evidence-item-template');
            list.textContent = '';
            el('jm-evidence-empty').hidden = items.length > 0;
            items.forEach(function (item) {
                var li = template.content.firstElementChild.cloneNode(true);
                li.setAttribute('data-evidence-id', String(item.id));
                li.querySelector('.jm-evidence-type').textContent = typeLabel(item.type);
                li.querySelector('.jm-evidence-assumption').hidden = !item.assumption;
                li.querySelector('.jm-evidence-kind-label').textContent =
                    page.message(item.quantitative ? 'evidence-quantitative' : 'evidence-qualitative');
                var customers = li.querySelector('.jm-evidence-customers');
                customers.textContent = item.customersAffected === null || item.customersAffected === undefined
                    ? '' : item.customersAffected + ' ' + page.message('evidence-customers');
                var date = li.querySelector('.jm-evidence-date');
                date.textContent = JourneyMaps.dates ? JourneyMaps.dates.day(item.date) : (item.date || '');
                if (item.date) {
                    date.setAttribute('datetime', item.date);
                }
                var quote = li.querySelector('.jm-evidence-quote');
                quote.textContent = item.quote || '';
                quote.hidden = !item.quote;
                var source = li.querySelector('.jm-evidence-source');
                // The server accepts only http(s) links; check again so no other scheme ever becomes a link.
                if (item.sourceUrl && /^https?:\/\//i.test(item.sourceUrl)) {
                    source.href = item.sourceUrl;
                    source.textContent = page.message('evidence-source') + ': ' + item.sourceUrl;
                } else {
                    source.hidden = true;
                }
                li.querySelector('.jm-evidence-edit').addEventListener('click', function () {
                    editEvidence(item);
                });
                var remove = li.querySelector('.jm-evidence-delete');
                remove.addEventListener('click', function () {
                    JourneyMaps.confirm.ask({
                        title: page.message('confirm-evidence'), note: page.message('confirm-undo'), confirm: page.message('delete')
                    }, remove).then(function (yes) {
                        if (yes) {
                            var quoted = version();
                            api.del(cardPath('/evidence/' + item.id + '?version=' + quoted)).then(function (result) {
                                JourneyMaps.undo.offer(page.message('evidence-deleted'),
                                    result.body && result.body.version ? result.body.version : quoted + 1);
                                return result;
                            }).then(reloadWith('jm-evidence-type'), failed);
                        }
                    });
                });
                list.appendChild(li);
            });
        }

        function typeLabel(key) {
            var option = el('jm-evidence-type').querySelector('option[value="' + key + '"]');
            return option ? option.textContent : key;
        }

        function editEvidence(item) {
            var form = el('jm-evidence-form');
            form.elements.evidenceId.value = String(item.id);
            form.elements.type.value = item.type;
            form.elements.customersAffected.value = item.customersAffected === null || item.customersAffected === undefined ? '' : String(item.customersAffected);
            form.elements.date.value = item.date || '';
            form.elements.sourceUrl.value = item.sourceUrl || '';
            form.elements.quote.value = item.quote || '';
            Array.prototype.forEach.call(form.querySelectorAll('input[name=quantitative]'), function (radio) {
                radio.checked = radio.value === String(Boolean(item.quantitative));
            });
            Array.prototype.forEach.call(form.querySelectorAll('input[name=assumption]'), function (radio) {
                radio.checked = radio.value === String(Boolean(item.assumption));
            });
            el('jm-evidence-cancel').hidden = false;
            el('jm-evidence-type').focus();
        }

        function resetEvidenceForm() {
            var form = el('jm-evidence-form');
            form.reset();
            form.elements.evidenceId.value = '';
            el('jm-evidence-cancel').hidden = true;
        }

        function saveEvidence() {
            var form = el('jm-evidence-form');
            var checked = form.querySelector('input[name=quantitative]:checked');
            var assumed = form.querySelector('input[name=assumption]:checked');
            var customers = form.elements.customersAffected.value;
            var body = {
                version: version(),
                type: form.elements.type.value,
                quantitative: checked ? checked.value === 'true' : false,
                customersAffected: customers === '' ? null : Number(customers),
                sourceUrl: form.elements.sourceUrl.value,
                quote: form.elements.quote.value,
                date: form.elements.date.value || null,
                assumption: assumed ? assumed.value === 'true' : false
            };
            var id = form.elements.evidenceId.value;
            var request = id ? api.put(cardPath('/evidence/' + Number(id)), body) : api.post(cardPath('/evidence'), body);
            request.then(reloadWith('jm-evidence-type'), failed);
        }

        return {init: init, open: open, close: close};
    })();
})(window, document);
