import java.util.List;
import java.util.Map;

import org.opensearch.Version;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.plugins.PluginInfo;

/**
 * One OpenSearch node from Maven artifacts alone, for the tests' cluster and the benchmark. Run with the java source
 * launcher and only the jars of target/opensearch/ on the class path (see pom.xml beside this file):
 *
 * <pre>java -cp 'target/opensearch/*' src/test/opensearch-node/OpenSearchTestNode.java key=value ...</pre>
 *
 * Every argument is a node setting. A distribution would load its modules from a plugins folder; here the two the
 * index needs are on the class path and handed to the node directly (an internal constructor: the versions are
 * pinned). The node stops when its standard input closes, so it never outlives the process that started it, even one
 * killed with SIGKILL.
 */
public final class OpenSearchTestNode {

    private OpenSearchTestNode() {
    }

    /** A node whose plugins come from the class path. */
    private static final class ClasspathNode extends Node {
        ClasspathNode(Environment environment) {
            super(environment, List.of(
                    plugin("org.opensearch.transport.Netty4ModulePlugin"),
                    plugin("org.opensearch.analysis.common.CommonAnalysisModulePlugin")), true);
        }
    }

    private static PluginInfo plugin(String className) {
        return new PluginInfo(className, "class path plugin", "NA", Version.CURRENT, "21", className, null, List.of(),
                false);
    }

    public static void main(String[] args) throws Exception {
        Settings.Builder builder = Settings.builder();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq < 1) {
                throw new IllegalArgumentException("expected key=value, got " + arg);
            }
            builder.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        Settings settings = builder.build();
        Environment environment = InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null,
                () -> settings.get("node.name"));
        Node node = new ClasspathNode(environment).start();
        System.out.println("OpenSearch node " + settings.get("node.name") + " started");
        while (System.in.read() >= 0) {
            // wait for the parent to close our input
        }
        node.close();
        System.exit(0);
    }
}
