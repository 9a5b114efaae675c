package dev.handoff.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Kubernetes' own kinds, parsed into the fabric8 model. The model keeps fields it does not know in
 * {@code additionalProperties} instead of failing, so every parsed object is walked and any such field reported:
 * that is a typo or a field of another Kubernetes version, which the API server would drop.
 */
final class CoreObjects {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final Map<String, Class<?>> KINDS = Map.of(
            "v1/Namespace", Namespace.class,
            "v1/ConfigMap", ConfigMap.class,
            "v1/Secret", Secret.class,
            "v1/Service", Service.class,
            "v1/ServiceAccount", ServiceAccount.class,
            "apps/v1/Deployment", Deployment.class,
            "autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class,
            "policy/v1/PodDisruptionBudget", PodDisruptionBudget.class,
            "networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class);

    private CoreObjects() {}

    /** @return the fields the model does not know, or empty when the kind is not one of {@link #KINDS} */
    static Optional<List<String>> unknownFields(JsonNode object) {
        Class<?> type = KINDS.get(
                object.path("apiVersion").asText() + "/" + object.path("kind").asText());
        if (type == null) {
            return Optional.empty();
        }
        List<String> unknown = new ArrayList<>();
        try {
            walk(JSON.treeToValue(object, type), "", unknown, new IdentityHashMap<>());
        } catch (Exception e) {
            unknown.add("does not parse: " + e.getMessage());
        }
        return Optional.of(unknown);
    }

    /** @return the object as its fabric8 type */
    static <T> T parse(JsonNode object, Class<T> type) {
        try {
            return JSON.treeToValue(object, type);
        } catch (Exception e) {
            throw new IllegalArgumentException(Kustomize.id(object) + " does not parse as " + type.getSimpleName(), e);
        }
    }

    private static void walk(Object value, String path, List<String> unknown, Map<Object, Boolean> seen)
            throws IllegalAccessException {
        if (value == null || seen.put(value, Boolean.TRUE) != null) {
            return;
        }
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                walk(item, path + "[" + i++ + "]", unknown, seen);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                walk(e.getValue(), path + "." + e.getKey(), unknown, seen);
            }
            return;
        }
        if (!value.getClass().getName().startsWith("io.fabric8.kubernetes.api.model")) {
            return;
        }
        for (Class<?> c = value.getClass(); c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                field.setAccessible(true);
                Object fieldValue = field.get(value);
                if (field.getName().equals("additionalProperties") && fieldValue instanceof Map<?, ?> extra) {
                    extra.keySet().forEach(k -> unknown.add(path + "." + k));
                } else {
                    walk(fieldValue, path + "." + field.getName(), unknown, seen);
                }
            }
        }
    }
}
