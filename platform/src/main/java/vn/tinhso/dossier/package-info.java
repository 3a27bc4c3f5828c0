/**
 * The one-stop-shop engine (một cửa điện tử): dossier intake on every channel with gap-free dossier codes, the
 * completeness check, the dossier's lifecycle with a working-day deadline whose clock pauses while the applicant
 * must act, and the public status lookup.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dossiers")
package vn.tinhso.dossier;
