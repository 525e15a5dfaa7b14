package dev.journeymaps.jirarest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class DeploymentTest {

    @ParameterizedTest
    @CsvSource({"Cloud, CLOUD", "Server, DATA_CENTER", "DataCenter, DATA_CENTER", "'', DATA_CENTER"})
    void serverInfosDeploymentTypeTellsCloudFromDataCenter(String deploymentType, Deployment expected) {
        var serverInfo = Fixtures.json("serverInfo-dc.json").deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) serverInfo).put("deploymentType", deploymentType);

        assertThat(Deployment.fromServerInfo(serverInfo)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void theDocumentedServerInfosAreReadAsTheirDeployment() {
        assertThat(Deployment.fromServerInfo(Fixtures.json("serverInfo-cloud.json"))).isEqualTo(Deployment.CLOUD);
        assertThat(Deployment.fromServerInfo(Fixtures.json("serverInfo-dc.json"))).isEqualTo(Deployment.DATA_CENTER);
    }
}
