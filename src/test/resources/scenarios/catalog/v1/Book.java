package scenario.catalog;

import jakarta.persistence.*;
import org.hibernate.annotations.Check;
import java.util.Set;

@Entity
@Table(uniqueConstraints = @UniqueConstraint(name = "uk_book_title_edition", columnNames = {"title", "edition"}))
@Check(constraints = "edition > 0")
public class Book {
    @Id
    @GeneratedValue
    Long id;

    @Column(nullable = false)
    String title;

    int edition;

    @ManyToMany
    @JoinTable(name = "book_authors", joinColumns = @JoinColumn(name = "book_id"),
            inverseJoinColumns = @JoinColumn(name = "author_id"))
    Set<Author> authors;

    @ElementCollection
    @CollectionTable(name = "book_tags", joinColumns = @JoinColumn(name = "book_id"))
    @Column(name = "tag")
    Set<String> tags;
}
