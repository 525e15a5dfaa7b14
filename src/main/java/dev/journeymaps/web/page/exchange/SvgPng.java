package dev.journeymaps.web.page.exchange;

import dev.journeymaps.domain.ValidationException;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;

/**
 * PNG from the board's SVG, rasterised by Apache Batik's transcoder at a requested width (the height follows the
 * aspect ratio). The SVG is ours (no scripts, no external references), so Batik never loads anything.
 */
public final class SvgPng {
    public static final int MIN_WIDTH = 200;
    public static final int MAX_WIDTH = 8000;

    private SvgPng() {
    }

    /** {@code width} null: the SVG's own width. 400 outside {@value #MIN_WIDTH}..{@value #MAX_WIDTH} pixels. */
    public static byte[] render(String svg, Integer width) {
        if (width != null && (width < MIN_WIDTH || width > MAX_WIDTH)) {
            throw ValidationException.field("width", "The image width is " + MIN_WIDTH + " to " + MAX_WIDTH + " pixels.");
        }
        PNGTranscoder transcoder = new PNGTranscoder();
        if (width != null) {
            transcoder.addTranscodingHint(PNGTranscoder.KEY_WIDTH, (float) width);
        }
        transcoder.addTranscodingHint(PNGTranscoder.KEY_EXECUTE_ONLOAD, Boolean.FALSE);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            TranscoderInput input = new TranscoderInput(new StringReader(svg));
            transcoder.transcode(input, new TranscoderOutput(png));
        } catch (TranscoderException e) {
            throw new IllegalStateException("The board's SVG could not be rasterised: " + e.getMessage(), e);
        }
        return png.toByteArray();
    }
}
