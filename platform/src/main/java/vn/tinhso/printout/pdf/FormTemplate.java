package vn.tinhso.printout.pdf;

import java.util.Map;

/**
 * The wording of one form in one edition: its number, title, the legal line under the title, and the few body
 * phrases that differ between editions. Bodies take every edition-dependent phrase from here, never from code.
 *
 * @param kind    which form
 * @param number  "Mẫu số 01"; {@code null} for a form the circular does not number
 * @param title   the title in capitals
 * @param edition the circular it belongs to; {@code null} for a form no circular prescribes
 * @param phrases body phrases by key, for forms whose wording changed between editions
 */
record FormTemplate(FormKind kind, String number, String title, Edition edition, Map<String, String> phrases) {

    FormTemplate {
        phrases = Map.copyOf(phrases);
    }

    /** "(Mẫu số 02 ban hành kèm theo Thông tư số 01/2018/TT-VPCP …)", or {@code null} for an unnumbered form. */
    String legalBasis() {
        return number == null || edition == null ? null : "(" + number + " ban hành kèm theo " + edition.citation() + ")";
    }

    String phrase(String key) {
        String phrase = phrases.get(key);
        if (phrase == null) {
            throw new IllegalStateException("form " + kind + " of " + number + " has no phrase " + key);
        }
        return phrase;
    }
}
