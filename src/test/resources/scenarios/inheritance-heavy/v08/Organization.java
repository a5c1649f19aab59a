package scenario.inheritance;

import jakarta.persistence.*;
import java.util.HashMap;
import java.util.Map;

@Entity
@Table(name = "organization")
@SecondaryTable(name = "organization_detail", pkJoinColumns = @PrimaryKeyJoinColumn(name = "organization_id"))
public class Organization extends Party {

    @Column(name = "vat_number", length = 32)
    String vatNumber;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "street", column = @Column(name = "billing_street", length = 120)),
            @AttributeOverride(name = "city", column = @Column(name = "billing_city", length = 60)),
            @AttributeOverride(name = "postalCode", column = @Column(name = "billing_postal_code", length = 12)),
            @AttributeOverride(name = "countryCode", column = @Column(name = "billing_country_code", length = 2))})
    Address billingAddress;

    @ElementCollection
    @CollectionTable(name = "organization_phone", joinColumns = @JoinColumn(name = "organization_id"))
    @MapKeyColumn(name = "kind", length = 20)
    @Column(name = "phone_number", length = 30)
    Map<String, String> phones = new HashMap<>();

    @Lob
    @Column(table = "organization_detail")
    String description;

    @Column(table = "organization_detail", length = 300)
    String website;
}
