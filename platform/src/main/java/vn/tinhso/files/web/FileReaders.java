package vn.tinhso.files.web;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import vn.tinhso.files.StoredFile;
import vn.tinhso.identity.Role;

/**
 * Who may read a file through the API: the person who uploaded it, and the staff who handle dossiers (one-stop
 * officers, specialists, leaders) and system administrators. Dossier-level rules (a citizen reading the result of
 * their own dossier) come with the dossier module.
 */
final class FileReaders {

    private static final Set<String> STAFF = Stream.of(Role.SYSTEM_ADMIN, Role.COUNTER_OFFICER, Role.SPECIALIST,
            Role.LEADER).map(Role::authority).collect(Collectors.toUnmodifiableSet());

    private FileReaders() {
    }

    static boolean mayRead(StoredFile file, Authentication reader) {
        if (reader == null || !reader.isAuthenticated()) {
            return false;
        }
        return reader.getName().equals(file.storedBy())
                || reader.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(STAFF::contains);
    }
}
