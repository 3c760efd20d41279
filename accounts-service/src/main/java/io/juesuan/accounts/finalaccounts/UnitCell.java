package io.juesuan.accounts.finalaccounts;

import io.juesuan.accounts.profile.UnitInScope;
import io.juesuan.accounts.profile.UnitKind;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A unit in the scope of the final accounts, as stored. */
@Embeddable
public class UnitCell {

    public String name;

    @Enumerated(EnumType.STRING)
    public UnitKind kind;

    public int headcount;

    public UnitCell() {
    }

    UnitCell(UnitInScope unit) {
        this.name = unit.name();
        this.kind = unit.kind();
        this.headcount = unit.headcount();
    }

    UnitInScope unit() {
        return new UnitInScope(name, kind, headcount);
    }
}
