package dev.handoff.analytics.bench;

import java.util.Arrays;
import java.util.Random;

/**
 * What generated chats say: support words drawn by a Zipf law (a few words everywhere, most rare), so searches hit
 * realistic numbers of chats: "order" is in most, "chargeback" in about one in a thousand.
 */
final class Words {
    static final String RARE = "chargeback";
    static final String PHRASE = "refund please";
    private static final String[] COMMON = ("i my the order please thanks hello help with it is not can you to and "
                    + "a for on have was account card payment delivery refund parcel invoice charged twice yesterday today "
                    + "still waiting number address change cancel subscription login password reset error app website "
                    + "broken screen price discount voucher code bill monthly plan upgrade downgrade tracking courier late "
                    + "damaged return label store branch manager complaint feedback great thank sorry understand check "
                    + "moment sure done sent email phone call back weekend morning evening week month receipt balance")
            .split(" ");
    private final String[] vocabulary;
    private final double[] cumulative;

    Words() {
        vocabulary = new String[2000];
        System.arraycopy(COMMON, 0, vocabulary, 0, COMMON.length);
        for (int i = COMMON.length; i < vocabulary.length; i++) {
            vocabulary[i] = "term" + i;
        }
        cumulative = new double[vocabulary.length];
        double sum = 0;
        for (int k = 0; k < vocabulary.length; k++) {
            sum += 1.0 / Math.pow(k + 1, 1.07);
            cumulative[k] = sum;
        }
        for (int k = 0; k < cumulative.length; k++) {
            cumulative[k] /= sum;
        }
    }

    /** A message of 4 to 14 words. */
    String sentence(Random random) {
        int length = 4 + random.nextInt(11);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            if (i > 0) {
                text.append(' ');
            }
            int at = Arrays.binarySearch(cumulative, random.nextDouble());
            text.append(vocabulary[at < 0 ? Math.min(-at - 1, vocabulary.length - 1) : at]);
        }
        return text.toString();
    }
}
