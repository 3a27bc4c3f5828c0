package vn.tinhso.identity.oidc;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;

/** The embedded provider's clients, built on first use: their redirect URIs need the port the server listens on. */
final class LazyClients implements RegisteredClientRepository {

    private final Supplier<List<RegisteredClient>> clients;
    private volatile RegisteredClientRepository built;

    LazyClients(Supplier<List<RegisteredClient>> clients) {
        this.clients = clients;
    }

    @Override
    public void save(RegisteredClient registeredClient) {
        throw new UnsupportedOperationException("The embedded provider's clients are fixed");
    }

    @Override
    public RegisteredClient findById(String id) {
        return repository().findById(id);
    }

    @Override
    public RegisteredClient findByClientId(String clientId) {
        return repository().findByClientId(clientId);
    }

    private RegisteredClientRepository repository() {
        RegisteredClientRepository repository = built;
        if (repository == null) {
            synchronized (this) {
                if (built == null) {
                    built = new InMemoryRegisteredClientRepository(clients.get());
                }
                repository = built;
            }
        }
        return repository;
    }
}
