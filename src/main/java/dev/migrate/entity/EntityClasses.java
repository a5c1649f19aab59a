package dev.migrate.entity;

import java.util.List;
import java.util.Map;

/**
 * What Hibernate is given: the managed classes, XML mapping files, and properties from persistence.xml.
 *
 * @param classNames   entity, embeddable, mapped-superclass and converter classes
 * @param mappingFiles class-path resources such as {@code META-INF/orm.xml}
 * @param properties   properties of the persistence unit, if one was read
 * @param leftOut      {@code @Entity} classes outside {@code migrate.packages}, which autogenerate ignores
 */
public record EntityClasses(List<String> classNames, List<String> mappingFiles, Map<String, String> properties,
                            List<String> leftOut) {

    public EntityClasses {
        classNames = List.copyOf(classNames);
        mappingFiles = List.copyOf(mappingFiles);
        properties = Map.copyOf(properties);
        leftOut = List.copyOf(leftOut);
    }

    public EntityClasses(List<String> classNames, List<String> mappingFiles, Map<String, String> properties) {
        this(classNames, mappingFiles, properties, List.of());
    }
}
