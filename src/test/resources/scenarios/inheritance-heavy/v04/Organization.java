package scenario.inheritance;

import jakarta.persistence.*;

@Entity
@Table(name = "organization")
@SecondaryTable(name = "organization_detail", pkJoinColumns = @PrimaryKeyJoinColumn(name = "organization_id"))
public class Organization extends Party {

    @Column(name = "tax_number", length = 32)
    String taxNumber;

    @Lob
    @Column(table = "organization_detail")
    String description;
}
