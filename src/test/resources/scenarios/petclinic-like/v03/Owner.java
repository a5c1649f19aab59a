package scenario.petclinic;

import jakarta.persistence.*;
import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "owners")
public class Owner extends Person {

    @Column(name = "address")
    String address;

    @Column(name = "city")
    String city;

    @Column(name = "email", length = 120)
    String email;

    @Column(name = "telephone", length = 20)
    String telephone;

    @OneToMany(mappedBy = "owner", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @OrderBy("name")
    List<Pet> pets = new ArrayList<>();
}
