package scenario.petclinic;

import jakarta.persistence.*;
import java.io.Serializable;

/** The identifier every entity shares. */
@MappedSuperclass
public class BaseEntity implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Integer id;

    public boolean isNew() {
        return id == null;
    }
}
