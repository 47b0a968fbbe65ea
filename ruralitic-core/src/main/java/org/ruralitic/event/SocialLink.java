package org.ruralitic.event;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotNull;

import org.ruralitic.common.WebAddress;

/**
 * A link to one of an edition's social-network accounts.
 *
 * @since 0.1
 */
@Embeddable
public class SocialLink implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SocialNetwork network;

    @NotNull
    @WebAddress
    @Column(nullable = false, length = 500)
    private String url;

    protected SocialLink() {
    }

    /**
     * @param network the network.
     * @param url the address of the account.
     */
    public SocialLink(SocialNetwork network, String url) {
        this.network = Objects.requireNonNull(network, "network is required");
        this.url = Objects.requireNonNull(url, "url is required");
    }

    /** @return the network. */
    public SocialNetwork getNetwork() {
        return network;
    }

    /** @return the address of the account. */
    public String getUrl() {
        return url;
    }
}
