package bgp.config.internal;

import bgp.config.ConfigError;
import bgp.config.ConfigException;
import bgp.config.Configuration;
import bgp.config.ConfigurationService;
import bgp.reactor.Reactor;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The {@link ConfigurationService}. It holds the {@link Reactor} (static, mandatory) that loading a configuration
 * will add the neighbors to; for now it parses and validates files.
 */
@Component(service = ConfigurationService.class)
public final class ConfigurationComponent implements ConfigurationService {
    private final Reactor reactor;

    @Activate
    public ConfigurationComponent(@Reference Reactor reactor) {
        this.reactor = Objects.requireNonNull(reactor, "reactor");
    }

    @Override
    public Configuration parse(Path file) throws ConfigException {
        return ConfigReader.read(Objects.requireNonNull(file, "file"));
    }

    @Override
    public List<ConfigError> validate(Path file) {
        try {
            ConfigReader.read(Objects.requireNonNull(file, "file"));
            return List.of();
        } catch (ConfigException e) {
            return e.errors();
        }
    }

    Reactor reactor() {
        return reactor;
    }
}
