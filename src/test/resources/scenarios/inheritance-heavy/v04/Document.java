package scenario.inheritance;

import jakarta.persistence.*;
import java.util.HashMap;
import java.util.Map;

/** Every kind of document in one table, told apart by doc_type. */
@Entity
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorColumn(name = "doc_type", length = 16)
@Table(name = "document")
@SequenceGenerator(name = "document_seq", sequenceName = "document_seq", allocationSize = 50)
public abstract class Document {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "document_seq")
    Long id;

    @Version
    long version;

    @Column(nullable = false, length = 200)
    String title;

    @Lob
    byte[] content;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_id")
    Party owner;

    @ElementCollection
    @CollectionTable(name = "document_attribute", joinColumns = @JoinColumn(name = "document_id"))
    @MapKeyColumn(name = "attr_name", length = 64)
    @Column(name = "attr_value", length = 500)
    Map<String, String> attributes = new HashMap<>();
}
