import Testing
import ExerciseSupport
