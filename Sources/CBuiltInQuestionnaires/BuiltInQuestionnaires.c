// The built-in questionnaires, compiled into the binary so that ccmm runs
// from any folder without a Questionnaires/ beside it. C23 #embed copies each
// file's bytes at compile time; clang records the files as dependencies, so
// editing a questionnaire rebuilds this object. (SwiftPM's .embedInCode
// resources turn 600 KB into a Swift array literal that takes minutes to compile.)
#include "BuiltInQuestionnaires.h"

#pragma clang diagnostic ignored "-Wc23-extensions"

static const unsigned char cc_cmm_oc[] = {
#embed "../../Questionnaires/cc-cmm-oc.json"
};
static const unsigned char see_cmm[] = {
#embed "../../Questionnaires/see-cmm.json"
};
static const unsigned char cccs_op_2003[] = {
#embed "../../Questionnaires/cccs-op-2003.json"
};
static const unsigned char cccs_v7_outline[] = {
#embed "../../Questionnaires/cccs-v7-outline.json"
};

static const CCMMBuiltInQuestionnaire table[] = {
    {"cc-cmm-oc", cc_cmm_oc, sizeof cc_cmm_oc},
    {"see-cmm", see_cmm, sizeof see_cmm},
    {"cccs-op-2003", cccs_op_2003, sizeof cccs_op_2003},
    {"cccs-v7-outline", cccs_v7_outline, sizeof cccs_v7_outline},
};

size_t ccmm_built_in_questionnaire_count(void) {
    return sizeof table / sizeof table[0];
}

CCMMBuiltInQuestionnaire ccmm_built_in_questionnaire(size_t index) {
    if (index >= ccmm_built_in_questionnaire_count()) {
        CCMMBuiltInQuestionnaire none = {"", 0, 0};
        return none;
    }
    return table[index];
}
