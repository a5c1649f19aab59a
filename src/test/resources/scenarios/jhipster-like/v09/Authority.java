package scenario.jhipster;

import jakarta.persistence.*;
import java.io.Serializable;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;

@Entity
@Table(name = "jhi_authority")
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
public class Authority implements Serializable {

    @Id
    @Column(length = 50, nullable = false)
    String name;
}
