package scenario.catalog;

import jakarta.persistence.*;

@Embeddable
public class Address {
    String street;
    String city;
    @Column(length = 10)
    String zip;
}
