package dev.journeymaps.standalone;

/** The text rules over HTTP on the default database, H2 (which counts VARCHAR lengths in UTF-16 units). */
class H2TextInputRestTest extends TextInputRestContract {
    @Override
    protected RunningServer start() {
        return RunningServer.start(false);
    }
}
