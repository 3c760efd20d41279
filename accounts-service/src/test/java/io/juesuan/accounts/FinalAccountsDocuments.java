package io.juesuan.accounts;

import io.juesuan.platform.testing.DemoData;

/** Test documents built from the seed's demo document. */
final class FinalAccountsDocuments {

    private FinalAccountsDocuments() {
    }

    /** The seed as printed: 项 lines and the totals the document prints. */
    static String legacySeed() {
        return DemoData.read("final-accounts.json");
    }

    /** The seed's 项 lines alone, as a department entering data natively would give them. */
    static String nativeSeed() {
        String seed = legacySeed();
        return seed.substring(0, seed.indexOf(",\n  \"transcribedFrom\"")) + "\n}\n";
    }
}
