package dev.handoff.testinfra;

import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.Map;

/** Calls {@link JvmInfrastructure} as loaded by the system class loader, whatever loaded the caller. */
final class InfrastructureBridge {

    private static final Class<?> JVM_WIDE = locate();

    private InfrastructureBridge() {}

    /**
     * The system class loader holds the whole test classpath under Surefire and IDEs and is never closed.
     * Where it does not see this module (an unusual launcher), the caller's copy is the fallback: still
     * correct, only shared less widely.
     */
    private static Class<?> locate() {
        try {
            return Class.forName(JvmInfrastructure.class.getName(), true, ClassLoader.getSystemClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return JvmInfrastructure.class;
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, String> config() {
        return (Map<String, String>) call("config");
    }

    @SuppressWarnings("unchecked")
    static List<byte[]> receivedMails() {
        return (List<byte[]>) call("receivedMails");
    }

    static void clearMails() {
        call("clearMails");
    }

    static Object greenMail() {
        return call("greenMail");
    }

    private static Object call(String method) {
        try {
            return JVM_WIDE.getMethod(method).invoke(null);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("JvmInfrastructure." + method + " not callable", e);
        }
    }
}
