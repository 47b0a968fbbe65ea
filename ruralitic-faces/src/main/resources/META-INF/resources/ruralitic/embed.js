/*
 * The embed pages (/ruralitic/embed/...) tell the page that frames them how tall their content is, so that
 * widgets.js on that page can size the frame to it (a frame of another origin cannot be measured from outside).
 * Only a height is sent, nothing of the page.
 */
(function () {
    'use strict';
    if (window.parent === window) {
        return;
    }
    var sent = 0;
    function send() {
        var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
        if (height !== sent) {
            sent = height;
            window.parent.postMessage({ ruralitic: 'height', height: height }, '*');
        }
    }
    window.addEventListener('load', send);
    if (window.ResizeObserver) {
        new ResizeObserver(send).observe(document.documentElement);
    }
}());
