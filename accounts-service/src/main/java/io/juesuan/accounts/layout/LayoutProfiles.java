package io.juesuan.accounts.layout;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which layout profile a department-year is printed with: of the profiles whose region covers the department's
 * division, the most specific region that has one for the year, and of its profiles the latest first year not after
 * the year. The national default covers every division. A year before every first year gets the profile that
 * starts soonest after it, which the service reports as another year's.
 */
@ApplicationScoped
public class LayoutProfiles {

    private final ProfileStore store;
    private volatile Current current = new Current(-1, List.of());

    LayoutProfiles(ProfileStore store) {
        this.store = store;
    }

    /** The current versions and the newest id when they were read: a load since adds a version with a higher id. */
    private record Current(long newestId, List<LayoutProfile> profiles) {
    }

    public Optional<LayoutProfile> resolve(String divisionCode, int year) {
        Comparator<LayoutProfile> bySpecificity = Comparator.comparingInt(p -> p.key().specificity());
        Comparator<LayoutProfile> byFirstYear = Comparator.comparingInt(p -> p.key().fromYear());
        List<LayoutProfile> covering = current().stream().filter(profile -> profile.key().covers(divisionCode))
                .sorted(bySpecificity.reversed().thenComparing(byFirstYear.reversed())).toList();
        // covering is most specific first, so min keeps the most specific of the earliest first years
        return covering.stream().filter(profile -> profile.key().fromYear() <= year).findFirst()
                .or(() -> covering.stream().min(byFirstYear));
    }

    /** A stored version by id: what a disclosure was last checked with. */
    public Optional<LayoutProfile> byId(long id) {
        return store.byId(id);
    }

    private List<LayoutProfile> current() {
        long newest = store.newestId();
        Current known = current;
        if (known.newestId() != newest) {
            known = new Current(newest, store.currentAll());
            current = known;
        }
        return known.profiles();
    }
}
