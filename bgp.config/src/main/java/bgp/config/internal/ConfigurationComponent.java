package bgp.config.internal;

import bgp.log.AreaLogger;
import bgp.config.ConfigError;
import bgp.config.ConfigException;
import bgp.config.Configuration;
import bgp.config.ConfigurationService;
import bgp.config.LoadResult;
import bgp.reactor.ExabgpEnvironment;
import bgp.reactor.Reactor;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The {@link ConfigurationService}: parses and validates ExaBGP files, and runs the one named by its {@code file}
 * property (PID {@value #PID}), or else by the framework property {@value #FILE_PROPERTY}, in the {@link Reactor}. State lives in the reactor: when this component comes back
 * after an update of its bundle, it reconciles its file with what the reactor runs, leaving dynamic peers and
 * established sessions alone.
 */
@Component(service = ConfigurationService.class, configurationPid = ConfigurationComponent.PID)
@Designate(ocd = ConfigurationConfig.class)
public final class ConfigurationComponent implements ConfigurationService {
    static final String PID = "bgp.config";
    private static final AreaLogger LOG = AreaLogger.of(ConfigurationComponent.class, AreaLogger.CONFIG);

    private final ConfigurationLoader loader;
    private volatile Path file;
    private final ExabgpEnvironment env;

    /** Framework (or system) property naming the file when the component's {@code file} property is empty. */
    public static final String FILE_PROPERTY = "bgp.config.file";

    @Activate
    public ConfigurationComponent(org.osgi.framework.BundleContext context, @Reference Reactor reactor,
                                  ConfigurationConfig config) {
        this(reactor, !config.file().isBlank() ? config.file()
                : java.util.Objects.requireNonNullElse(context.getProperty(FILE_PROPERTY), ""),
                ExabgpEnvironment.of(context::getProperty, System.getenv()));
    }

    /** Outside a framework: run {@code file} (empty: none) in the reactor. */
    public ConfigurationComponent(Reactor reactor, String fileName) {
        this(reactor, fileName, ExabgpEnvironment.system());
    }

    /** Outside a framework, with the ExaBGP environment settings of {@code env}. */
    public ConfigurationComponent(Reactor reactor, String fileName, ExabgpEnvironment env) {
        this.loader = new ConfigurationLoader(Objects.requireNonNull(reactor, "reactor"));
        this.env = Objects.requireNonNull(env, "env");
        if (!fileName.isBlank()) {
            Path f = Path.of(fileName);
            try {
                loader.apply(ConfigReader.read(f, env), false);
                file = f;
            } catch (ConfigException e) {
                LOG.error("configuration " + f + " not loaded: " + e.getMessage());
            }
        }
    }

    @Override
    public Configuration parse(Path f) throws ConfigException {
        return ConfigReader.read(Objects.requireNonNull(f, "file"), env);
    }

    @Override
    public List<ConfigError> validate(Path f) {
        try {
            ConfigReader.read(Objects.requireNonNull(f, "file"), env);
            return List.of();
        } catch (ConfigException e) {
            return e.errors();
        }
    }

    @Override
    public Optional<Configuration> current() {
        return loader.applied();
    }

    @Override
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    @Override
    public LoadResult load(Path f) throws ConfigException {
        Configuration c = ConfigReader.read(Objects.requireNonNull(f, "file"), env);
        LoadResult r = loader.apply(c, true);
        file = f;
        return r;
    }

    @Override
    public LoadResult reload() throws ConfigException {
        Path f = file;
        if (f == null) {
            throw new IllegalStateException("no configuration file is loaded");
        }
        return load(f);
    }
}
