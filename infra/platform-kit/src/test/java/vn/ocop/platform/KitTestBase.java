package vn.ocop.platform;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.ocop.platform.test.Api;
import vn.ocop.platform.test.TestInfrastructure;
import vn.ocop.platform.testapp.KitTestApplication;

@SpringBootTest(classes = KitTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class KitTestBase {

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry r) {
        TestInfrastructure.register(r, "ocop_kit_test");
    }

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    Api api() {
        return Api.at(port);
    }
}
