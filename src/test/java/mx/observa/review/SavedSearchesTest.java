package mx.observa.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mx.observa.review.SavedSearches.SavedSearch;
import mx.observa.support.MutableClock;

/** The saved-search store on a real folder: per user, survives a new instance, atomic rewrite, bounded. */
class SavedSearchesTest {

    private static final Instant START = Instant.parse("2026-05-01T12:00:00Z");

    @TempDir
    Path data;

    private static Map<String, Object> search(String q, String... topics) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("q", q);
        m.put("tema", List.of(topics));
        return m;
    }

    @Test
    void eachUserHasTheirOwnSearchesAndTheyOutliveTheInstance() {
        MutableClock clock = new MutableClock(START);
        SavedSearches store = SavedSearches.in(data, clock, 10);
        SavedSearch boletas = store.save("lucia.ramirez", "Boletas en Coyoacán", search("boletas", "material"));
        store.save("otra", "", search("propaganda"));

        SavedSearches again = SavedSearches.in(data, clock, 10);
        assertThat(again.of("lucia.ramirez")).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo(boletas.id());
            assertThat(s.name()).isEqualTo("Boletas en Coyoacán");
            assertThat(s.search()).isEqualTo(search("boletas", "material"));
            assertThat(s.created()).isEqualTo(clock.instant());
            assertThat(s.opened()).isEqualTo(clock.instant());
        });
        assertThat(again.of("otra")).extracting(SavedSearch::name).containsExactly("Búsqueda 1");
        assertThat(again.of("nadie")).isEmpty();
        assertThat(Files.exists(data.resolve("busquedas").resolve("lucia.ramirez.json"))).isTrue();
        assertThat(data.resolve("busquedas")).isDirectoryNotContaining("glob:**.tmp");
    }

    @Test
    void openingRecordsTheMomentAndOnlyTheOwnerCanOpenOrDelete() {
        MutableClock clock = new MutableClock(START);
        SavedSearches store = SavedSearches.in(data, clock, 10);
        SavedSearch s = store.save("ana", "x", search("acta"));
        clock.set(START.plus(Duration.ofHours(3)));

        assertThat(store.open("beto", s.id())).isEmpty();
        assertThat(store.open("ana", s.id())).hasValueSatisfying(o -> assertThat(o.opened()).isEqualTo(clock.instant()));
        assertThat(store.of("ana").get(0).opened()).isEqualTo(clock.instant());
        assertThat(store.open("ana", "no-existe")).isEmpty();

        assertThat(store.delete("beto", s.id())).isFalse();
        assertThat(store.delete("ana", s.id())).isTrue();
        assertThat(store.of("ana")).isEmpty();
    }

    @Test
    void theSameSearchSavedAgainIsRenamedNotDuplicatedAndThereIsALimit() {
        SavedSearches store = SavedSearches.in(data, new MutableClock(START), 2);
        SavedSearch first = store.save("ana", "uno", search("acta"));
        SavedSearch renamed = store.save("ana", "  acta   del  cierre ", search("acta"));
        assertThat(renamed.id()).isEqualTo(first.id());
        assertThat(store.of("ana")).extracting(SavedSearch::name).containsExactly("acta del cierre");

        store.save("ana", "dos", search("boletas"));
        assertThatThrownBy(() -> store.save("ana", "tres", search("mamparas")))
                .isInstanceOf(InvalidReview.class).hasMessageContaining("máximo");
        assertThat(store.of("ana")).hasSize(2);
        assertThat(store.save("ana", "x".repeat(500), search("boletas")).name()).hasSize(SavedSearches.MAX_NAME);
    }

    @Test
    void aUserNameThatIsNotOneCannotNameAFileElsewhere() {
        SavedSearches store = SavedSearches.in(data, new MutableClock(START), 2);
        assertThatThrownBy(() -> store.of("../usuarios")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.save("a/b", "x", search("acta"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aWriteLeftHalfDoneByACrashDoesNotReplaceTheSearches() throws Exception {
        SavedSearches store = SavedSearches.in(data, new MutableClock(START), 5);
        store.save("ana", "uno", search("acta"));
        // a crash between writing the temporary file and moving it: the saved file is untouched, the next save works
        Files.writeString(data.resolve("busquedas").resolve("ana.json.tmp"), "[{\"id\":");
        assertThat(store.of("ana")).extracting(SavedSearch::name).containsExactly("uno");
        store.save("ana", "dos", search("boletas"));
        assertThat(SavedSearches.in(data, new MutableClock(START), 5).of("ana")).extracting(SavedSearch::name)
                .containsExactly("uno", "dos");
    }
    @Test
    void theDigestMomentIsKeptPerUserAndTheUsersAreThoseWithSearches() {
        MutableClock clock = new MutableClock(START);
        SavedSearches store = SavedSearches.in(data, clock, 5);
        assertThat(store.users()).isEmpty();
        store.save("ana", "uno", search("acta"));
        store.save("beto", "uno", search("acta"));
        assertThat(store.lastDigest("ana")).isNull();

        store.digestSent("ana", clock.instant());
        assertThat(SavedSearches.in(data, clock, 5).lastDigest("ana")).isEqualTo(clock.instant());
        assertThat(store.lastDigest("beto")).isNull();
        // the digest's own file is not a user
        assertThat(store.users()).containsExactly("ana", "beto");
    }
}
