package scenario.catalog;

import jakarta.persistence.*;

@Entity
@Table(indexes = @Index(name = "ix_author_name", columnList = "name"))
public class Author {
    @Id
    @GeneratedValue
    Long id;

    @Column(nullable = false)
    String name;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "street", column = @Column(name = "home_street")),
        @AttributeOverride(name = "city", column = @Column(name = "home_town", length = 80)),
        @AttributeOverride(name = "zip", column = @Column(name = "home_zip", length = 10))
    })
    Address home;
}
