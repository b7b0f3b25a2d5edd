#ifndef CCMM_BUILT_IN_QUESTIONNAIRES_H
#define CCMM_BUILT_IN_QUESTIONNAIRES_H

#include <stddef.h>

/// One questionnaire file compiled into ccmm: its id (the file name without
/// ".json") and the file's bytes, exactly as in Questionnaires/.
typedef struct {
    const char *id;
    const unsigned char *bytes;
    size_t count;
} CCMMBuiltInQuestionnaire;

/// How many questionnaires are compiled in.
size_t ccmm_built_in_questionnaire_count(void);

/// The questionnaire at `index` (0 ..< count), in the order users meet them.
CCMMBuiltInQuestionnaire ccmm_built_in_questionnaire(size_t index);

#endif
