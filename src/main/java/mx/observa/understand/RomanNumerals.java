package mx.observa.understand;

import java.util.Locale;
import java.util.OptionalInt;

/** Strict Roman numerals (a distrito needs I–XXXIII; up to LXXXIX is accepted). */
final class RomanNumerals {

    private RomanNumerals() {
    }

    static OptionalInt parse(String roman) {
        String s = roman.toUpperCase(Locale.ROOT);
        if (s.isEmpty() || !s.matches("L?X{0,3}(IX|IV|V?I{0,3})")) {
            return OptionalInt.empty();
        }
        int total = 0;
        int previous = 0;
        for (int i = s.length() - 1; i >= 0; i--) {
            int v = switch (s.charAt(i)) {
                case 'I' -> 1;
                case 'V' -> 5;
                case 'X' -> 10;
                case 'L' -> 50;
                default -> 0;
            };
            total += v < previous ? -v : v;
            previous = Math.max(previous, v);
        }
        return total == 0 ? OptionalInt.empty() : OptionalInt.of(total);
    }
}
