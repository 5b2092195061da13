package io.frontdesk.booking.application.fake;

import io.frontdesk.booking.application.port.out.CredentialCipher;
import io.frontdesk.booking.application.port.out.contract.CredentialCipherContract;

class ReversibleCredentialCipherTest extends CredentialCipherContract {

    @Override
    protected CredentialCipher cipher() {
        return new ReversibleCredentialCipher("key-1");
    }

    @Override
    protected CredentialCipher cipherWithAnotherKey() {
        return new ReversibleCredentialCipher("key-2");
    }
}
