package com.example.clinic;

import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;

import java.nio.file.Path;
import java.util.List;

/** What the application does with jakarta.persistence.schema-generation.database.action=create: the oracle. */
public final class CreateSchema {

    public static void main(String[] args) throws Exception {
        String url = "jdbc:h2:file:" + Path.of(args[0]).toAbsolutePath();
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
                .applySetting("hibernate.connection.url", url)
                .applySetting("hibernate.connection.username", "")
                .applySetting("jakarta.persistence.schema-generation.database.action", "create")
                .build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            // the order in which a class-path scan finds them
            for (Class<?> type : List.of(BaseEntity.class, CardPayment.class, CashPayment.class, Payment.class,
                    Person.class, Pet.class, Specialty.class, Vet.class, Visit.class)) {
                sources.addAnnotatedClass(type);
            }
            sources.buildMetadata().buildSessionFactory().close();
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }
}
