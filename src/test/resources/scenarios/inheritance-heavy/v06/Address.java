package scenario.inheritance;

import jakarta.persistence.*;

@Embeddable
public class Address {

    @Column(length = 120)
    String street;

    @Column(length = 60)
    String city;

    @Column(name = "postal_code", length = 12)
    String postalCode;

    @Column(name = "country_code", length = 2)
    String countryCode;
}
