package dev.journeymaps.domain.work;

/**
 * Units of work done out of a total: an issue counts 1/1 when done and 0/1 otherwise; an epic counts its
 * children ({@code 3/8}). Sums add up for cards, stages and maps.
 */
public record Progress(int done, int total) {
    public static final Progress NONE = new Progress(0, 0);

    public Progress {
        if (done < 0 || total < 0 || done > total) {
            throw new IllegalArgumentException("Progress needs 0 <= done <= total, not " + done + "/" + total);
        }
    }

    public Progress plus(Progress other) {
        return new Progress(done + other.done, total + other.total);
    }

    public boolean isComplete() {
        return total > 0 && done == total;
    }

    public boolean isStarted() {
        return done > 0;
    }

    /** Share done, 0 … 1; 0 when there is nothing to do. */
    public double ratio() {
        return total == 0 ? 0 : (double) done / total;
    }
}
