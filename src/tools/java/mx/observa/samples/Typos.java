package mx.observa.samples;

import java.util.SplittableRandom;

/** Human typing slips: a missing accent, two swapped letters, a dropped letter. */
final class Typos {

    private Typos() {
    }

    /** Applies one or two slips to words of five letters or more. */
    static String apply(String text, SplittableRandom random) {
        String[] words = text.split(" ");
        int slips = 1 + random.nextInt(2);
        for (int s = 0; s < slips; s++) {
            int i = random.nextInt(words.length);
            String w = words[i];
            if (w.length() < 5 || !w.chars().allMatch(Character::isLetter)) {
                continue;
            }
            int p = 1 + random.nextInt(w.length() - 3);
            words[i] = switch (random.nextInt(3)) {
                case 0 -> Spelling.stripAccents(w);
                case 1 -> w.substring(0, p) + w.charAt(p + 1) + w.charAt(p) + w.substring(p + 2);
                default -> w.substring(0, p) + w.substring(p + 1);
            };
        }
        return String.join(" ", words);
    }
}
