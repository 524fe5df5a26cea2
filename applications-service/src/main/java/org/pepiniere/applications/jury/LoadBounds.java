package org.pepiniere.applications.jury;

/** How far jurors' loads may spread; balanced unless staff loosen it. */
public sealed interface LoadBounds {

    /** @param reviews k times the number of applications; {@code jurors} is at least 1 */
    LoadRange resolve(int reviews, int jurors);

    /** Every juror reviews floor or ceil of reviews / jurors. */
    record Balanced() implements LoadBounds {

        @Override
        public LoadRange resolve(int reviews, int jurors) {
            return new LoadRange(reviews / jurors, (reviews + jurors - 1) / jurors);
        }
    }

    /** The balanced range widened by {@code slack} on each side, so that expertise can weigh more. */
    record Widened(int slack) implements LoadBounds {

        public Widened {
            if (slack < 0) {
                throw new IllegalArgumentException("the slack of a load range cannot be negative");
            }
        }

        @Override
        public LoadRange resolve(int reviews, int jurors) {
            var balanced = new Balanced().resolve(reviews, jurors);
            return new LoadRange(Math.max(0, balanced.min() - slack), balanced.max() + slack);
        }
    }

    /** A range staff set themselves. */
    record Between(int min, int max) implements LoadBounds {

        public Between {
            new LoadRange(min, max);
        }

        @Override
        public LoadRange resolve(int reviews, int jurors) {
            return new LoadRange(min, max);
        }
    }
}
