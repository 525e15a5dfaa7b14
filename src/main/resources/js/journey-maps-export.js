/*
 * Journey Maps for Jira: the Export menu's downloads with progress (issue 16, point 6). Without script the menu's
 * items are plain download links. With it, a click fetches the file while the menu says "Preparing …" (busy, with a
 * spinner), saves it under the name the server gives (Content-Disposition), and if the server refuses says why in
 * words. Bound once on the document, so it serves every Export menu (map and project pages), also after the board
 * is swapped in.
 */
(function (window, document) {
    'use strict';

    var JourneyMaps = window.JourneyMaps = window.JourneyMaps || {};

    JourneyMaps.exports = (function () {
        var bound = false;

        function init() {
            if (bound || !window.fetch || !window.Blob || !window.URL || !window.URL.createObjectURL) {
                return;
            }
            bound = true;
            document.addEventListener('click', function (event) {
                var link = event.target.closest && event.target.closest('.jm-export-list a[href]');
                if (!link || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) {
                    return;
                }
                event.preventDefault();
                if (link.getAttribute('aria-busy') !== 'true') {
                    download(link);
                }
            });
        }

        function message(menu, name, what) {
            return (menu.getAttribute('data-msg-' + name) || '{0}').replace(/\{0\}/g, what);
        }

        function statusOf(menu) {
            var status = menu.querySelector('.jm-export-status');
            if (!status) {
                var item = document.createElement('li');
                status = document.createElement('div');
                status.className = 'jm-export-status';
                status.setAttribute('role', 'status');
                item.appendChild(status);
                menu.querySelector('.jm-export-list').appendChild(item);
            }
            return status;
        }

        function download(link) {
            var menu = link.closest('.jm-export-menu');
            var what = link.textContent.trim();
            var status = statusOf(menu);
            var spinner = document.createElement('span');
            spinner.className = 'jm-spinner';
            spinner.setAttribute('aria-hidden', 'true');
            link.appendChild(spinner);
            link.setAttribute('aria-busy', 'true');
            menu.setAttribute('aria-busy', 'true');
            status.textContent = message(menu, 'preparing', what);

            function done() {
                link.removeAttribute('aria-busy');
                menu.removeAttribute('aria-busy');
                if (spinner.parentNode) {
                    spinner.parentNode.removeChild(spinner);
                }
            }

            window.fetch(link.href, {credentials: 'same-origin', headers: {'Accept': '*/*'}}).then(function (response) {
                if (!response.ok) {
                    return response.text().then(function (text) {
                        throw {status: response.status, lines: reasons(text, response.status)};
                    });
                }
                return response.blob().then(function (blob) {
                    var name = fileName(response.headers.get('Content-Disposition')) || link.getAttribute('download')
                        || link.pathname.split('/').pop();
                    save(blob, name);
                    done();
                    status.textContent = message(menu, 'ready', what).replace(/\{1\}/g, name);
                });
            }).catch(function (failure) {
                done();
                var lines = failure && failure.lines ? failure.lines : [menu.getAttribute('data-msg-network') || 'Network error'];
                JourneyMaps.notify.error(status, lines, null, message(menu, 'failed', what));
            });
        }

        /** The server's reasons: Jira's error JSON ({errorMessages, errors}) in words, else the status line. */
        function reasons(text, status) {
            var lines = [];
            try {
                var json = JSON.parse(text);
                lines = (json.errorMessages || []).slice();
                Object.keys(json.errors || {}).forEach(function (field) {
                    lines.push(field + ': ' + json.errors[field]);
                });
            } catch (ignored) {
                lines = [];
            }
            return lines.length ? lines : ['HTTP ' + status];
        }

        /** {@code attachment; filename="journey-map-7.svg"} (or RFC 6266's filename*=UTF-8''…) → the name, no folders. */
        function fileName(header) {
            if (!header) {
                return null;
            }
            var encoded = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header);
            var plain = /filename\s*=\s*"([^"]*)"|filename\s*=\s*([^;]+)/i.exec(header);
            var name = null;
            try {
                name = encoded ? decodeURIComponent(encoded[1].trim()) : plain && (plain[1] || plain[2] || '').trim();
            } catch (ignored) {
                name = plain && (plain[1] || plain[2] || '').trim();
            }
            return name ? name.replace(/[\\/]/g, '_') : null;
        }

        function save(blob, name) {
            var url = window.URL.createObjectURL(blob);
            var anchor = document.createElement('a');
            anchor.href = url;
            anchor.download = name;
            anchor.hidden = true;
            document.body.appendChild(anchor);
            anchor.click();
            document.body.removeChild(anchor);
            window.setTimeout(function () {
                window.URL.revokeObjectURL(url);
            }, 60000);
        }

        return {init: init, fileName: fileName};
    })();
})(window, document);
